// A small Drools (DRL) mode for CodeMirror 6: keywords, rule attributes, strings, comments,
// numbers, $bindings and fact types. Enough to read rules comfortably; the server's validation
// is the judge of what is correct.
import { StreamLanguage } from '@codemirror/language';

const KEYWORDS = new Set([
  'package', 'import', 'global', 'function', 'declare', 'query', 'rule', 'extends', 'attributes',
  'when', 'then', 'end', 'salience', 'dialect', 'enabled', 'duration', 'timer', 'calendars',
  'not', 'exists', 'forall', 'accumulate', 'collect', 'from', 'and', 'or', 'eval', 'over', 'in',
  'matches', 'memberOf', 'contains', 'soundslike', 'excludes', 'str', 'init', 'action', 'reverse', 'result',
  'update', 'insert', 'insertLogical', 'modify', 'retract', 'delete',
  'if', 'else', 'for', 'while', 'return', 'new', 'instanceof', 'this', 'final', 'var'
]);
// Attributes with hyphens cannot be read as one word by the identifier pattern.
const HYPHENATED = /^(?:no-loop|lock-on-active|agenda-group|activation-group|ruleflow-group|auto-focus|date-effective|date-expires|entry-point)\b/;
const ATOMS = new Set(['true', 'false', 'null']);

const drlParser = {
  name: 'drl',
  startState: () => ({ inComment: false }),
  token(stream, state) {
    if (state.inComment || stream.match('/*')) {
      state.inComment = !stream.match(/^.*?\*\//);
      if (state.inComment) {
        stream.skipToEnd();
      }
      return 'comment';
    }
    if (stream.eatSpace()) {
      return null;
    }
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    const quote = stream.peek();
    if (quote === '"' || quote === "'") {
      stream.next();
      let escaped = false;
      let ch;
      while ((ch = stream.next()) !== undefined) {
        if (ch === quote && !escaped) {
          break;
        }
        escaped = !escaped && ch === '\\';
      }
      return 'string';
    }
    if (stream.match(/^-?\d+(?:\.\d+)?[LlDdFf]?/)) {
      return 'number';
    }
    if (stream.match(HYPHENATED)) {
      return 'keyword';
    }
    if (stream.match(/^\$[\w$]*/)) {
      return 'variableName.special';
    }
    if (stream.match(/^@\w+/)) {
      return 'meta';
    }
    const word = stream.match(/^[A-Za-z_][\w]*/);
    if (word) {
      const text = word[0];
      if (KEYWORDS.has(text)) {
        return 'keyword';
      }
      if (ATOMS.has(text)) {
        return 'atom';
      }
      return /^[A-Z]/.test(text) ? 'typeName' : 'variableName';
    }
    if (stream.match(/^(?:==|!=|>=|<=|&&|\|\||[-+*/%<>=!:])/)) {
      return 'operator';
    }
    stream.next();
    return null;
  },
  languageData: {
    commentTokens: { line: '//', block: { open: '/*', close: '*/' } }
  }
};

export const drl = StreamLanguage.define(drlParser);
