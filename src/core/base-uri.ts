/**
 * What a feed's relative URL is resolved against: the element's document, or (server rendering,
 * where there is none) a neutral base that keeps relative links relative.
 */
export function baseUri(el: Element): string | undefined {
  return el.ownerDocument?.baseURI;
}
