/** A small valid feed for tests, built fresh each call so a test can break it freely. */
export function sampleFeed(): any {
  return {
    meta: { schemaVersion: 1 },
    programme: { symbol: '1-CTr/TU', title: 'Chương trình mẫu', issuer: 'Tỉnh ủy X', issued: '2023-05-22', horizon: 2030, vision: 2045 },
    agencies: [
      { id: 'ubnd', name: 'Ban Cán sự Đảng UBND tỉnh' },
      { id: 'hdnd', name: 'Đảng đoàn HĐND tỉnh' },
      { id: 'huyen', name: 'các huyện ủy, thị ủy, thành ủy', kind: 'group' },
    ],
    sections: [{ id: 'I', number: 'I', title: 'Tuyên truyền' }],
    tasks: [
      { id: 't1', number: '1', section: 'I', title: 'Quán triệt', lead: ['ubnd'], coordinating: ['huyen'], timeframe: 'Xong trong Quý III/2023' },
      { id: 't2', number: '2', section: 'I', title: 'Rà soát', lead: ['hdnd'], coordinating: ['ubnd'], timeframe: '2023-2026' },
      { id: 't3', number: '3', section: 'I', title: 'Khen thưởng', lead: ['ubnd'], timeframe: 'Hàng năm' },
    ],
    targets: [{ id: 'grdp', title: 'Đóng góp vào GRDP', unit: 'percent', comparator: 'approx', milestones: [{ year: 2030, value: 7 }, { year: 2045, value: 10 }] }],
  };
}
