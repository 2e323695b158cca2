// feed.html: the page listens to the widgets' one event, as a host page would (to update a
// headline, the URL or analytics). tiendo-select bubbles out of the shadow roots.
document.querySelector('tiendo-feed').addEventListener('tiendo-select', (event) => {
  if (!('agency' in event.detail)) return; // a task was opened, not a body chosen
  const { agency } = event.detail;
  const name = document.querySelector('tiendo-matrix').model?.agencyById.get(agency)?.name;
  const label = typeof name === 'string' ? name : (name?.vi ?? agency);
  document.getElementById('chosen').textContent = agency ? `Đang chọn: ${label}` : 'Chưa chọn cơ quan nào.';
});
