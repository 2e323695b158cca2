/**
 * Follows the page's language (a language switcher that changes `<html lang>` after load) with
 * one MutationObserver per document for all the widgets on it, not one per widget.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

const followers = new WeakMap<Document, { observer: MutationObserver; hosts: Set<Host> }>();

export class PageLangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    const doc = this.host.ownerDocument;
    let page = followers.get(doc);
    if (!page) {
      const hosts = new Set<Host>();
      const observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
      followers.set(doc, (page = { observer, hosts }));
    }
    page.hosts.add(this.host);
  }

  hostDisconnected(): void {
    if (isServer) return;
    const doc = this.host.ownerDocument;
    const page = followers.get(doc);
    if (!page) return;
    page.hosts.delete(this.host);
    if (page.hosts.size === 0) {
      page.observer.disconnect();
      followers.delete(doc);
    }
  }
}
