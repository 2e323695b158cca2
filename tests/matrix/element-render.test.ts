/** <tiendo-matrix> in Chromium: Programme 219-CTr/TU as a table a reader sees and hears, its orders and sections. */
import { expect } from '@open-wc/testing';
import { fixtureFeed } from '../widget-fixture.js';
import { REAL, text, $, $$, visible, spoken, matrix, agencyHeaders, headerIndex, taskRow } from './matrix-fixture.js';

describe('<tiendo-matrix>: Programme 219-CTr/TU', () => {
  it('is a real table: caption, column and row headers, sections I–V, 22 task rows', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const table = $(el, 'table')!;
    expect(table.getAttribute('role')).to.equal('grid');
    expect(text(table.querySelector('caption'))).to.equal('Phân công thực hiện Chương trình số 219-CTr/TU: 22 nhiệm vụ, 9 cơ quan, nhóm cơ quan chủ trì và phối hợp');
    expect($$(el, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(el, 'tbody th.task')).to.have.length(22);
    expect($$(el, 'tbody th.task').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect($$(el, 'tr.section').map((tr) => visible(tr).split('.')[0])).to.deep.equal(['I', 'II', 'III', 'IV', 'V']);
    expect($$(el, 'tbody tr.task')).to.have.length(22);
    expect(agencyHeaders(el).map(visible)).to.deep.equal([
      'BCS Đảng UBND tỉnh', 'ĐĐ HĐND tỉnh', 'Ban Tuyên giáo TU', 'ĐĐ, BCS, ĐU trực thuộc TU', 'Huyện, thị, thành ủy',
      'Ban đảng, ĐĐ, BCS, ĐU trực thuộc TU', 'ĐĐ UB MTTQ tỉnh', 'Ban Tổ chức TU', 'Tổ chức CT-XH tỉnh',
    ]);
  });

  it('the cell for task 5 × Đảng đoàn HĐND tỉnh shows "CT" and reads "Chủ trì"', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const cell = taskRow(el, '5').cells[headerIndex(el, 'ĐĐ HĐND tỉnh')]!;
    expect(visible(cell)).to.equal('CT');
    expect(spoken(cell)).to.equal('Chủ trì');
    expect(cell.querySelector('.mark')!.classList.contains('lead')).to.equal(true);
    const coordinating = taskRow(el, '4').cells[headerIndex(el, 'ĐĐ HĐND tỉnh')]!;
    expect([visible(coordinating), spoken(coordinating)]).to.deep.equal(['PH', 'Phối hợp']);
    // An empty cell is named, not read as "blank"; nothing is drawn in it.
    const empty = taskRow(el, '6').cells[headerIndex(el, 'ĐĐ HĐND tỉnh')]!;
    expect([visible(empty), spoken(empty)]).to.deep.equal(['', 'Không tham gia']);
  });

  it('names each body in full for screen readers and on hover, and marks groups', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const ubnd = agencyHeaders(el)[0]!;
    expect(spoken(ubnd.querySelector('button')!)).to.equal('BCS Đảng UBND tỉnh: Ban Cán sự Đảng UBND tỉnh');
    // The successor is labelled as the feed editor's note, on a line of its own, with its own explanation.
    expect(ubnd.title.split('\n')).to.deep.equal([
      'Ban Cán sự Đảng UBND tỉnh',
      'Ghi chú của người lập dữ liệu, không có trong văn bản: sau sắp xếp bộ máy, công việc nay do Đảng ủy UBND tỉnh đảm nhận. Năm 2025, các đảng đoàn, ban cán sự đảng cấp tỉnh kết thúc hoạt động; thành lập đảng ủy của khối chính quyền.',
    ]);
    const districts = agencyHeaders(el)[headerIndex(el, 'Huyện, thị, thành ủy') - 1]!;
    expect(districts.classList.contains('group')).to.equal(true);
    expect(spoken(districts)).to.equal('Huyện, thị, thành ủy: các huyện ủy, thị ủy, thành ủy (nhóm cơ quan)');
    expect($$(el, 'col.agency.group')).to.have.length(4);
  });

  it('totals each body (leads and coordinates) and each task (bodies involved)', async () => {
    const el = await matrix(await fixtureFeed(REAL));
    const totals = $$(el, 'tfoot td.total');
    expect(spoken(totals[0]!)).to.equal('Chủ trì 20 nhiệm vụ, phối hợp 1 nhiệm vụ');
    expect(visible(totals[0]!)).to.equal('20 1');
    // Numbers under the footer's own words ("Chủ trì", "Phối hợp"), no mini-bar to decode.
    expect(visible($(el, 'tfoot th')!)).to.equal('Tổng số nhiệm vụ Chủ trì Phối hợp');
    expect($$(el, 'tfoot svg')).to.have.length(0);
    expect(text(taskRow(el, '4').querySelector('td.n'))).to.equal('5');
    expect(text(taskRow(el, '9').querySelector('td.n'))).to.equal('2');
  });

  it('speaks English with L / C marks', async () => {
    const el = await matrix(await fixtureFeed(REAL), { lang: 'en' });
    const cell = taskRow(el, '5').cells[headerIndex(el, "People's Council Party Group")]!;
    expect([visible(cell), spoken(cell)]).to.deep.equal(['L', 'Lead']);
    expect(text($(el, 'caption'))).to.equal('Who does what in Programme No. 219-CTr/TU: 22 tasks, 9 lead and coordinating agencies or agency groups');
    expect(text($(el, '.legend'))).to.contain('Coordinating');
  });

  it('falls back to the default order for an unknown value', async () => {
    const el = await matrix(await fixtureFeed(REAL), { order: 'alphabetical' });
    expect(visible(agencyHeaders(el)[0]!)).to.equal('BCS Đảng UBND tỉnh');
  });

  it('orders the columns as the document does with order="document", and switches from the toolbar', async () => {
    const el = await matrix(await fixtureFeed(REAL), { order: 'document' });
    expect(agencyHeaders(el).slice(0, 4).map(visible)).to.deep.equal(['Ban Tuyên giáo TU', 'Ban đảng, ĐĐ, BCS, ĐU trực thuộc TU', 'Huyện, thị, thành ủy', 'BCS Đảng UBND tỉnh']);
    $(el, 'button[data-order="workload"]')!.click();
    await el.updateComplete;
    expect(el.getAttribute('order')).to.equal('workload');
    expect(visible(agencyHeaders(el)[0]!)).to.equal('BCS Đảng UBND tỉnh');
  });

  it('shows one section with section="III"', async () => {
    const el = await matrix(await fixtureFeed(REAL), { section: 'III' });
    expect($$(el, 'tbody tr.task').map((tr) => text(tr.querySelector('.num')))).to.deep.equal(['8', '9', '10', '11', '12', '13', '14', '15', '16']);
    expect(agencyHeaders(el)).to.have.length(3);
    expect(text($(el, 'caption'))).to.contain('phần III');
  });

  it('labels illustrative data', async () => {
    const el = await matrix(await fixtureFeed('laocai-219-ctr-tu.illustrative.json'));
    expect(text($(el, '[part="illustrative"]'))).to.contain('Minh họa');
  });
});
