import { expect } from '@open-wc/testing';
import { heightMessages, isPymWidth, readHeight, MAX_HEIGHT } from '../../src/embed/size-protocol.js';

describe('embed: height messages', () => {
  it('writes the pym.js string and the AMP embed-size object for the same height', () => {
    const [pym, amp] = heightMessages(812, 'tl-1');
    expect(pym).to.equal('pymxPYMxtl-1xPYMxheightxPYMx812');
    expect(amp).to.deep.equal({ sentinel: 'amp', type: 'embed-size', height: 812 });
    expect(readHeight(pym)).to.equal(812);
    expect(readHeight(amp)).to.equal(812);
  });

  it('reads what pym.js children and AMP frames send, rounding up to whole pixels', () => {
    expect(readHeight('pymxPYMxchartxPYMxheightxPYMx640')).to.equal(640);
    expect(readHeight('pymxPYMxchartxPYMxheightxPYMx640.2')).to.equal(641);
    expect(readHeight({ sentinel: 'amp', type: 'embed-size', height: 300 })).to.equal(300);
    expect(readHeight({ sentinel: 'amp', type: 'embed-size', height: '300' })).to.equal(300);
  });

  it('ignores non-numeric, zero, negative and absurd heights', () => {
    const bad = ['abc', '', ' 12', '12px', '0x10', '1e4', 'NaN', 'Infinity', '-5', '0', String(MAX_HEIGHT + 1), '99999999'];
    for (const h of bad) {
      expect(readHeight(`pymxPYMxidxPYMxheightxPYMx${h}`), `pym ${h}`).to.equal(undefined);
      expect(readHeight({ sentinel: 'amp', type: 'embed-size', height: h }), `amp '${h}'`).to.equal(undefined);
    }
    for (const h of [NaN, Infinity, -1, 0, 20001, 1e9, true, null, [400], { valueOf: () => 400 }]) {
      expect(readHeight({ sentinel: 'amp', type: 'embed-size', height: h }), `amp ${String(h)}`).to.equal(undefined);
    }
    expect(readHeight(`pymxPYMxidxPYMxheightxPYMx${MAX_HEIGHT}`)).to.equal(MAX_HEIGHT);
  });

  it('ignores messages that are not height messages', () => {
    for (const data of [
      'pymxPYMxidxPYMxwidthxPYMx400', 'pymxPYMxidxPYMxheightxPYMx400xPYMxextra', 'xPYMxidxPYMxheightxPYMx400', '400',
      { sentinel: 'amp', type: 'embed-ready', height: 400 }, { type: 'embed-size', height: 400 }, { height: 400 }, 400, null, undefined,
    ]) expect(readHeight(data), JSON.stringify(data)).to.equal(undefined);
  });

  it('recognises a pym.js parent asking for the height', () => {
    expect(isPymWidth('pymxPYMxidxPYMxwidthxPYMx375')).to.equal(true);
    expect(isPymWidth('pymxPYMxidxPYMxheightxPYMx375')).to.equal(false);
    expect(isPymWidth({ width: 375 })).to.equal(false);
  });
});
