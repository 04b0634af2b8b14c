/**
 * The drafting editor: a ProseMirror view over the shared schema, locked parts drawn by form node
 * views, the body and the appendices free. `createEditor` mounts it and returns the handle the
 * screen uses: the current document, jumping to a check finding, locking (read-only after Trình ký
 * or issue), a new environment (the profile after a date change, keeping the view and its undo
 * history) and destroying.
 */
import type { Node } from 'prosemirror-model';
import { TextSelection, type Plugin, type Transaction } from 'prosemirror-state';
import { EditorView, type NodeView } from 'prosemirror-view';
import type { Finding } from '../../common/rules/check';
import type { EditorEnv } from './env';
import { closingMarkKey, closingMarkPlugin } from './closing-mark';
import { placeholderPlugin } from './input/placeholder';
import { formGuardPlugin } from './input/form-guard';
import { lockKey } from './lock';
import { cleanWordHtml, parsePlainText, recogniseBlocks } from './input/paste';
import { createState } from './state';
import { sanitizeInputPlugin } from './input/sanitize-input';
import { AppendixView } from './views/appendix-view';
import type { FormView } from './views/form-view';
import { HeaderView } from './views/header-view';
import { RecipientsView } from './views/recipients-view';
import { SignatureView } from './views/signature-view';
import { TitleView } from './views/title-view';

/** Options of createEditor. */
export interface EditorOptions {
  env: EditorEnv;
  /** ProseMirror JSON or node of the document. */
  doc: unknown;
  issued?: boolean;
  /** Extra plugins (the page view's pagination). */
  plugins?: Plugin[];
  /** Called after every document change (keep it cheap: schedule work). */
  onChange?(doc: Node): void;
  /** Called after every transaction (selection too). */
  onTransaction?(tr: Transaction, view: EditorView): void;
}

/** The handle of a mounted editor. */
export interface EditorHandle {
  view: EditorView;
  doc(): Node;
  /** Scrolls to a finding's place and focuses its field or block. */
  jump(f: Pick<Finding, 'part' | 'pos' | 'field'>): void;
  /** Makes the whole document read-only (submitted or issued) or editable again. */
  setIssued(issued: boolean): void;
  /** Takes a new environment (profile) and, when given, new extra plugins; the state and history stay. */
  setEnv(env: EditorEnv, plugins?: Plugin[]): void;
  destroy(): void;
}

/** Mounts the editor into `mount`. */
export function createEditor(mount: HTMLElement, opts: EditorOptions): EditorHandle {
  const views = new Set<FormView<object>>();
  let env = opts.env;
  let extra = opts.plugins ?? [];
  const make = (Cls: new (...a: ConstructorParameters<typeof HeaderView>) => FormView<object>) =>
    (node: Node, view: EditorView, getPos: () => number | undefined): NodeView => {
      const v = new Cls(node, view, getPos, env).init();
      views.add(v);
      (v as NodeView).destroy = () => views.delete(v);
      return v;
    };
  const closing = closingMarkPlugin(() => env.profile.wording.closingMark);
  const guard = formGuardPlugin({
    focusOpen() {
      const open = [...views].find((v) => v.isOpen);
      open?.focusField();
      return !!open;
    },
    inPart: (t) => t instanceof globalThis.Node && [...views].some((v) => v.ownsControl(t)),
    closeAll() { for (const v of views) if (v.isOpen) v.close(); },
  });
  const view: EditorView = new EditorView(mount, {
    state: createState(opts.doc, opts.issued, [closing, placeholderPlugin(), ...extra], [guard, sanitizeInputPlugin()]),
    attributes: { class: 'vt-doc', spellcheck: 'false', lang: 'vi', 'aria-label': 'Nội dung văn bản' },
    nodeViews: {
      header: make(HeaderView as never), title: make(TitleView as never),
      signature: make(SignatureView as never), recipients: make(RecipientsView as never),
      appendix: make(AppendixView as never),
    },
    editable: (state) => !lockKey.getState(state)?.issued,
    transformPastedHTML: cleanWordHtml,
    transformPasted: recogniseBlocks,
    clipboardTextParser: (text) => parsePlainText(text),
    dispatchTransaction(tr) {
      const state = view.state.apply(tr);
      view.updateState(state);
      opts.onTransaction?.(tr, view);
      if (tr.docChanged) opts.onChange?.(state.doc);
    },
  });
  const partView = (name: string) => [...views].find((v) => v.dom.dataset.part === name);
  return {
    view,
    doc: () => view.state.doc,
    jump(f) {
      const part = partView(f.part);
      if (part && f.part !== 'body') {
        part.dom.scrollIntoView({ block: 'center' });
        part.focusField(f.field);
        return;
      }
      const doc = view.state.doc;
      const pos = Math.min(f.pos + 1, doc.content.size);
      view.dispatch(view.state.tr.setSelection(TextSelection.near(doc.resolve(pos))).scrollIntoView());
      view.focus();
      (view.domAtPos(pos).node as HTMLElement).parentElement?.scrollIntoView?.({ block: 'center' });
    },
    setIssued(issued) {
      if (lockKey.getState(view.state)?.issued === issued) return;
      view.dispatch(view.state.tr.setMeta(lockKey, { issued }));
      for (const v of views) v.toggle(false);
    },
    setEnv(next, plugins) {
      env = next;
      if (plugins) {
        const keep = view.state.plugins.filter((p) => !extra.includes(p));
        extra = plugins;
        view.updateState(view.state.reconfigure({ plugins: [...keep, ...plugins] }));
      }
      for (const v of views) v.setEnv(next);
      view.dispatch(view.state.tr.setMeta(closingMarkKey, true).setMeta('addToHistory', false));
    },
    destroy: () => view.destroy(),
  };
}
