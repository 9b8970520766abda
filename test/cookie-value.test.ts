// The language cookie is read from the Cookie header by name, as browsers send it.
import { expect, it } from 'vitest';
import { cookieValue } from '../src/web/cookie-value.js';

it.each([
  ['lang=ja', 'ja'],
  ['_csrf=abc; lang=zh-TW; theme=dark', 'zh-TW'],
  ['  lang = sv ;other=1', 'sv'],
  ['lang="ko"', 'ko'],
  ['lang=ja; lang=sv', 'ja'],
  ['xlang=ja; langx=sv', undefined],
  ['lang', undefined],
  ['', undefined],
  [undefined, undefined],
  ['lang=', ''],
  ['a=b=c; lang=en=gb', 'en=gb'],
])('finds lang in %j: %j', (header, expected) => {
  expect(cookieValue(header, 'lang')).toBe(expected);
});
