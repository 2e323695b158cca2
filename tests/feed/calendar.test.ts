import { expect } from '@open-wc/testing';
import { addDays, calendarDate, dayNumber, fromDayNumber, isCalendarDate, quarterEnd, quarterStart, today } from '../../src/feed/calendar.js';

describe('calendar dates', () => {
  it('counts days from 1970-01-01 whatever the time zone', () => {
    expect(dayNumber('1970-01-01')).to.equal(0);
    expect(dayNumber('2023-09-30')).to.equal(19630);
    expect(fromDayNumber(19630)).to.equal('2023-09-30');
  });

  it('round-trips every day of 2023–2024, leap day included', () => {
    for (let n = dayNumber('2023-01-01'); n <= dayNumber('2024-12-31'); n++) expect(dayNumber(fromDayNumber(n))).to.equal(n);
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
  });

  it('knows quarters', () => {
    expect(quarterStart(2023, 3)).to.equal('2023-07-01');
    expect(quarterEnd(2023, 3)).to.equal('2023-09-30');
    expect(quarterEnd(2023, 4)).to.equal('2023-12-31');
  });

  it('rejects impossible dates', () => {
    expect(calendarDate(2023, 2, 29)).to.equal(undefined);
    expect(isCalendarDate('2023-02-29')).to.equal(false);
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('30/9/2023')).to.equal(false);
  });

  it("takes today from the reader's own calendar", () => {
    // 23:30 local on 31/12/2023 is still 31/12 for the reader, whatever UTC says.
    expect(today(new Date(2023, 11, 31, 23, 30))).to.equal('2023-12-31');
  });
});
