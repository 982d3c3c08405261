import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, toHighlightHtml } from './highlight';

describe('toHighlightHtml', () => {
  it('escapes the text and marks the matches with <em>', () => {
    const formatted = `mức phạt ${HIGHLIGHT_PRE_TAG}<5 triệu>${HIGHLIGHT_POST_TAG} & "khác"`;
    expect(toHighlightHtml(formatted)).toBe('mức phạt <em>&lt;5 triệu&gt;</em> &amp; &quot;khác&quot;');
  });
});
