// The rule editor: CodeMirror 6 with the DRL mode, and the server's validation problems shown
// as lint diagnostics (underlined in the text, a marker in the gutter at their line).
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { basicSetup } from 'codemirror';
import { inPageLanguage } from '../api.js';
import { drl } from './drl.js';

/** Creates an editor in parent; onChange(source) runs after every edit. */
export function ruleEditor(parent, { source, readOnly, onChange }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: source,
      extensions: [
        basicSetup,
        drl,
        lintGutter(),
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
        EditorView.updateListener.of(update => {
          if (update.docChanged) {
            onChange(update.state.doc.toString());
          }
        })
      ]
    })
  });
  return {
    view,
    source: () => view.state.doc.toString(),
    setSource(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    /** Marks problems ({line, column, message}, 1-based; 0 when unknown) and scrolls to the first. */
    showProblems(problems, severity = 'error') {
      const doc = view.state.doc;
      const diagnostics = problems.map(problem => {
        const line = doc.line(Math.min(Math.max(problem.line || 1, 1), doc.lines));
        // A column past the text (Drools points after the last token) marks the whole line.
        const column = line.from + Math.max((problem.column || 1) - 1, 0);
        const from = column < line.to ? column : line.from;
        return { from, to: line.to, severity, message: inPageLanguage(problem.message, problem.messageZh) };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
      if (diagnostics.length > 0) {
        view.dispatch({ selection: { anchor: diagnostics[0].from }, effects: EditorView.scrollIntoView(diagnostics[0].from, { y: 'center' }) });
      }
    },
    goTo(lineNumber) {
      const line = view.state.doc.line(Math.min(Math.max(lineNumber, 1), view.state.doc.lines));
      view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
      view.focus();
    },
    destroy: () => view.destroy()
  };
}
