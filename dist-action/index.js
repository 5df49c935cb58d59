import { createRequire as __dockhandRequire } from 'node:module'; const require = __dockhandRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define2 = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name3 = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name3)) {
              return null;
            }
            body += POSIX_CLASSES[name3];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix2 = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix2}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator2 = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator2 += run[index].single;
      }
      return separator2;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix2) => {
      if (body[body.length - 1] === SLASH) {
        prefix2 = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix2.slice(0, -1);
      const last = prefix2[prefix2.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path5) => {
      const end = path5.length - 1;
      const index = path5.lastIndexOf(
        SLASH,
        path5[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path5 : path5.slice(index + 1);
    };
    var parentOf = (path5) => {
      if (path5.charCodeAt(0) === SLASH_CODE || path5.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path5.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path5.length - 1;
      const cut = path5.lastIndexOf(
        SLASH,
        path5.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path5.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix2) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define2(this, "body", body);
        define2(this, "ignoreCase", ignoreCase);
        define2(this, "regexPrefix", prefix2);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define2(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex2 = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define2(this, key, regex2);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd2 = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd2 - 1] === "\r") {
          lineEnd2--;
        }
        end = lineEnd2;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd2 = end - 1;
      }
      if (end === lineEnd2) {
        return body.slice(0, lineEnd2);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path5) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path5)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path5, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path5) : path5;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path5
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path5, originalPath, doThrow) => {
      if (!isString(path5)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path5) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path5)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path5) => {
      const first = path5.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path5.length === 1) {
        return true;
      }
      const second = path5.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path5.length === 2 || path5.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define2(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path5) {
        checkPath(
          path5,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path5 ? this._t(path5, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path5 = convertPath(target);
        if (!path5 || path5.charCodeAt(path5.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path5);
        }
        const dir = this._t(path5, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path5);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path5, cache) {
        const cached = cache[path5];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path5);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path5] = parent && parent.ignored ? parent : this._rules.test(path5, MODE_IGNORE);
      }
      ignores(path5) {
        return this._test(path5, this._ignoreCache, convertPath(path5)).ignored;
      }
      createFilter() {
        return (path5) => !this.ignores(path5);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path5) {
        return this._test(path5, this._testCache, convertPath(path5));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path5) => checkPath(convertPath(path5), path5, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path5) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path5) || isNotRelative(path5);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define2(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar7(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap6;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq6;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path5) {
      const ctrl = callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visit_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = visit_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path5) {
      const ctrl = await callVisitor(key, node, visitor, path5);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path5, ctrl);
        return visitAsync_(key, ctrl, visitor, path5);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path5 = Object.freeze(path5.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path5);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path5 = Object.freeze(path5.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path5);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path5);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path5) {
      if (typeof visitor === "function")
        return visitor(key, node, path5);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path5);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path5);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path5);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path5);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path5);
      return void 0;
    }
    function replaceNode(key, path5, node) {
      const parent = path5[path5.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name3 = parts.shift();
        switch (name3) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name3}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim2 = source.slice(2, -1);
          if (verbatim2 === "!" || verbatim2 === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim2;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag2) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag2.startsWith(prefix2))
            return handle + escapeTagName(tag2.substring(prefix2.length));
        }
        return tag2[0] === "!" ? tag2 : `!<${tag2}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name3 = `${prefix2}${i}`;
        if (!exclude.has(name3))
          return name3;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path5, value) {
      let v = value;
      for (let i = path5.length - 1; i >= 0; --i) {
        const k = path5[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path5) => path5 == null || typeof path5 === "object" && !!path5[Symbol.iterator]().next().done;
    var Collection2 = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path5, value) {
        if (isEmptyPath(path5))
          this.add(value);
        else {
          const [key, ...rest] = path5;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        const [key, ...rest] = path5;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path5) {
        const [key, ...rest] = path5;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        const [key, ...rest] = path5;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection2;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split3 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split3 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split3 = i;
          }
          if (i >= end) {
            if (split3) {
              folds.push(split3);
              end = split3 + endStep;
              split3 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split3 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag2) => tag2.default && tag2.tag !== "tag:yaml.org,2002:str" && tag2.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name3 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name3} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag2 = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag2)
        props.push(doc.directives.tagString(tag2));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag2) => tag2.tag === merge2.tag && tag2.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection2.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag: tag2, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag2 || tag2 === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset2, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset2), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset2, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset2 += 1;
      str = str.substring(offset2).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str.substr(1) : prefix2 + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag2 of customTags)
          tags = tags.concat(tag2);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag2) => {
        const tagObj = typeof tag2 === "string" ? tagsByName[tag2] : tag2;
        if (!tagObj) {
          const tagName = JSON.stringify(tag2);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path5, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path5, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name3) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name3 || prev.has(name3) ? anchors.findNewAnchor(name3 || "a", prev) : name3;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag: tag2 } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag2, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path5) {
        if (Collection2.isEmptyPath(path5)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path5) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path5, keepScalar) {
        if (Collection2.isEmptyPath(path5))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path5, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path5) {
        if (Collection2.isEmptyPath(path5))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path5) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path5, value) {
        if (Collection2.isEmptyPath(path5)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, Array.from(path5), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path5, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name3, pos, code, message) {
        super();
        this.name = name3;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset: offset2, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag2 = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag2)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag2)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag2)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset2;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag: tag2,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset2 = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset: offset2,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset2, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset2, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset2, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset2 = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset2, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset2, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset2 = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset2)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset2, commentEnd ?? offset2];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset2 = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset: offset2,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset2, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset2 = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset2, commentEnd ?? offset2];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset2, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset2 += source.length;
        }
      }
      return { comment, offset: offset2 };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag2) {
      const isMap6 = fc.start.source === "{";
      const fcName = isMap6 ? "flow map" : "flow sequence";
      const NodeClass = tag2?.nodeClass ?? (isMap6 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset2 = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset: offset2,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset2 = props.end;
            continue;
          }
          if (!isMap6 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap6 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset2 = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap6 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap6) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset2 = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap6 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset2;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name3 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name3} must end with a ${expectedEnd}` : `${name3} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset2, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag2) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag2) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag2) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag2);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag2 = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag2) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag2 = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag2);
      const res = tag2.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag2?.format)
        node.format = tag2.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset2 = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset2 + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset2, "BAD_INDENT", message);
          }
          break;
        }
        offset2 += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset2 += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset2 - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset: offset2, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset2 + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split3 = source.split(/\n( *)/);
      const first = split3[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split3.length; i += 2)
        lines.push([split3[i], split3[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset: offset2, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset2 + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset2, offset2 + source.length, offset2 + source.length]
          };
      }
      const valueEnd = offset2 + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset2, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset: offset2 } = foldNewline(source, i);
          res += fold;
          i = offset2;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset2) {
      let fold = "";
      let ch = source[offset2 + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset2 + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset2 += 1;
        ch = source[offset2 + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset: offset2 };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset2, length, onError) {
      const cc = source.substr(offset2, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset2 - 2, length + 2);
        onError(offset2 - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag2;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag2 = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag2 = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag2 = findScalarTagByTest(ctx, value, token, onError);
      else
        tag2 = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag2.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag2.format)
        scalar.format = tag2.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag2 of schema.tags) {
        if (!tag2.collection && tag2.tag === tagName) {
          if (tag2.default && tag2.test)
            matchWithTest.push(tag2);
          else
            return tag2;
        }
      }
      for (const tag2 of matchWithTest)
        if (tag2.test?.test(value))
          return tag2;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag2 = schema.tags.find((tag3) => (tag3.default === true || atKey && tag3.default === "key") && tag3.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag3) => tag3.default && tag3.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag2.tag !== compat.tag) {
          const ts = directives.tagString(tag2.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag2;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset2, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset2 -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset2 += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset2;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag: tag2 } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag2)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag2, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag2 ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset2, before2, pos, { spaceBefore, comment, anchor, tag: tag2, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset2, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag2, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset: offset2, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset2, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset2 + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset2 + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset2, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset: offset2, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset: offset2,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset2, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset: offset2, source } = src;
      return [offset2, offset2 + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset2, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset2;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset2 = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset2, code, message);
          else
            throw new errors.YAMLParseError([offset2, offset2 + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset: offset2 = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset: offset2, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset: offset2, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset: offset2, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset: offset2, indent, source, end };
        default:
          return { type: "scalar", offset: offset2, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset: offset2 } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset: offset2, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset2 = token.offset + source.length;
          const nl = { type: "newline", offset: offset2, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path5) => {
      let item = cst;
      for (const [field, index] of path5) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path5) => {
      const parent = visit.itemAtPath(cst, path5.slice(0, -1));
      const field = path5[path5.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path5, item, visitor) {
      let ctrl = visitor(item, path5);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path5.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path5);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path5) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar7;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset2) {
        let ch = this.buffer[offset2];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset2];
          if (ch === "\r") {
            const next = this.buffer[indent + offset2 + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset2 + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset2 + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset2, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset2 + 3]))
            return -1;
        }
        return offset2;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset2) => this.lineStarts.push(offset2);
        this.linePos = (offset2) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset2)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset2)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset2 };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset2 - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments4;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name3, cb) => {
            return this._addListener(name3, "many", cb);
          };
          this.instance.once = (name3, cb) => {
            return this._addListener(name3, "once", cb);
          };
          this.instance.removeAllListeners = (name3 = null) => {
            if (name3 != null) {
              return delete this._events[name3];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name3, status, cb) {
          var base;
          if ((base = this._events)[name3] == null) {
            base[name3] = [];
          }
          this._events[name3].push({ cb, status });
          return this.instance;
        }
        listenerCount(name3) {
          if (this._events[name3] != null) {
            return this._events[name3].length;
          } else {
            return 0;
          }
        }
        async trigger(name3, ...args) {
          var e, promises;
          try {
            if (name3 !== "debug") {
              this.trigger("debug", `Event triggered: ${name3}`, args);
            }
            if (this._events[name3] == null) {
              return;
            }
            this._events[name3] = this._events[name3].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name3].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list2) {
            return list2.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list2;
          for (j = 0, len = arr.length; j < len; j++) {
            list2 = arr[j];
            if (list2.length > 0) {
              return list2;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name3, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name3;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          resolve = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid3) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid3);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid3) {
            if (!(options != null && typeof options === "object" && invalid3.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve, reject) => {
                if (finished()) {
                  return resolve();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name3, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name3, index, value);
      t[name3] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse3 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse3;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var valid = (version, options) => {
      const v = parse3(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var clean = (version, options) => {
      const s = parse3(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse3(version1, null, true);
      const v2 = parse3(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix2 = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix2 + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix2 + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix2 + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse3(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list2, loose) => list2.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list2, loose) => list2.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse3 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse3(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse3 = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse3(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse3 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse3,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/github/api-url.ts
var GITHUB_API_URL = "https://api.github.com";

// src/github/hosts.ts
var GHCR_HOST = "ghcr.io";
function registryHostForApi(apiUrl) {
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    return GHCR_HOST;
  }
  const host2 = url.hostname.toLowerCase();
  if (host2 === "api.github.com" || host2 === "github.com") return GHCR_HOST;
  if (host2.endsWith(".ghe.com")) return `containers.${host2.replace(/^api\./, "")}`;
  return `containers.${host2}`;
}
function githubRegistryHosts(env) {
  const hosts = /* @__PURE__ */ new Set([GHCR_HOST]);
  const apiUrl = env.GITHUB_API_URL;
  if (apiUrl && apiUrl.replace(/\/+$/, "") !== GITHUB_API_URL) hosts.add(registryHostForApi(apiUrl));
  for (const item of (env.DOCKHAND_GITHUB_REGISTRY ?? "").split(",")) {
    const host2 = item.trim().toLowerCase();
    if (host2) hosts.add(host2);
  }
  return [...hosts];
}
function isGitHubRegistryHost(host2, env) {
  return githubRegistryHosts(env).includes(host2.toLowerCase());
}

// src/errors.ts
var DockhandError = class extends Error {
  code;
  hint;
  exit;
  details;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "DockhandError";
    this.code = code;
    this.hint = options.hint;
    this.exit = options.exit ?? 1;
    this.details = options.details ?? {};
  }
  /** A plain object for `--json` output. */
  toJSON() {
    return {
      code: this.code,
      message: this.message,
      ...this.hint ? { hint: this.hint } : {},
      ...Object.keys(this.details).length > 0 ? { details: this.details } : {}
    };
  }
};
var UsageError = class extends DockhandError {
  constructor(message, hint) {
    super("USAGE", message, { exit: 2, ...hint ? { hint } : {} });
    this.name = "UsageError";
  }
};

// src/project/gitignore.ts
var import_ignore = __toESM(require_ignore(), 1);

// src/project/walk.ts
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

// src/workflows/events.ts
var FORK_READ_ONLY_EVENTS = [
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment"
];
var DEPENDABOT_READ_ONLY_EVENTS = [
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment",
  "push",
  "create",
  "deployment",
  "deployment_status"
];
function runScenarios(event) {
  const scenarios = [
    {
      event,
      origin: "same-repository",
      tokenReadOnly: false,
      secretsAvailable: true,
      note: "a run started from the repository itself gets the permissions the workflow asks for"
    }
  ];
  if (FORK_READ_ONLY_EVENTS.includes(event)) {
    scenarios.push({
      event,
      origin: "fork",
      tokenReadOnly: true,
      secretsAvailable: false,
      note: "pull requests from forks get a read-only GITHUB_TOKEN and no secrets (public forks always; private forks unless 'Send write tokens to workflows from pull requests' is enabled)"
    });
  }
  if (event === "pull_request_target") {
    scenarios.push({
      event,
      origin: "fork",
      tokenReadOnly: false,
      secretsAvailable: true,
      note: "pull_request_target runs the base branch's workflow with a read/write token and secrets, even for forks"
    });
  }
  if (DEPENDABOT_READ_ONLY_EVENTS.includes(event)) {
    scenarios.push({
      event,
      origin: "dependabot",
      tokenReadOnly: true,
      secretsAvailable: false,
      note: "runs triggered by Dependabot are treated like forks: read-only GITHUB_TOKEN, no Actions secrets, even on re-run"
    });
  }
  return scenarios;
}
var FORK_REPOSITORY = "(a fork)/(a fork)";
var DEPENDABOT = "dependabot[bot]";
function originFacts(origin, repository) {
  const head = "event.pull_request.head.repo";
  switch (origin) {
    case "fork":
      return { [`${head}.full_name`]: FORK_REPOSITORY, [`${head}.fork`]: true };
    case "dependabot":
      return {
        actor: DEPENDABOT,
        triggering_actor: DEPENDABOT,
        "event.pull_request.user.login": DEPENDABOT,
        [`${head}.fork`]: false,
        ...repository ? { [`${head}.full_name`]: repository } : {}
      };
    default:
      return { [`${head}.fork`]: false, ...repository ? { [`${head}.full_name`]: repository } : {} };
  }
}

// src/workflows/expressions.ts
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (["==", "!=", "<=", ">=", "&&", "||"].includes(two)) {
      tokens.push({ kind: "punct", text: two });
      i += 2;
      continue;
    }
    if ("()[],.!<>*".includes(c)) {
      tokens.push({ kind: "punct", text: c });
      i++;
      continue;
    }
    if (c === "'") {
      let value = "";
      i++;
      while (i < src.length) {
        if (src.charAt(i) === "'") {
          if (src.charAt(i + 1) === "'") {
            value += "'";
            i += 2;
            continue;
          }
          break;
        }
        value += src.charAt(i);
        i++;
      }
      if (i >= src.length) throw new SyntaxError("unterminated string literal");
      i++;
      tokens.push({ kind: "string", value });
      continue;
    }
    const num = /^(0x[0-9a-fA-F]+|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && !/[A-Za-z_]/.test(src.charAt(i + num[0].length))) {
      tokens.push({ kind: "number", value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (ident) {
      tokens.push({ kind: "ident", text: ident[0] });
      i += ident[0].length;
      continue;
    }
    throw new SyntaxError(`unexpected character '${c}'`);
  }
  return tokens;
}
var Parser = class {
  constructor(tokens, lookup2, condition) {
    this.tokens = tokens;
    this.lookup = lookup2;
    this.condition = condition;
  }
  tokens;
  lookup;
  condition;
  pos = 0;
  references = [];
  unknownFunctions = [];
  parse() {
    const value = this.or();
    if (this.pos < this.tokens.length) throw new SyntaxError("unexpected token after expression");
    return value;
  }
  peek(text) {
    const t = this.tokens[this.pos];
    return t?.kind === "punct" && t.text === text;
  }
  expect(text) {
    if (!this.peek(text)) throw new SyntaxError(`expected '${text}'`);
    this.pos++;
  }
  or() {
    let left = this.and();
    while (this.peek("||")) {
      this.pos++;
      const right = this.and();
      if (left !== UNKNOWN) left = truthy(left) ? left : right;
      else if (this.condition && truthy(right) === true) left = true;
    }
    return left;
  }
  and() {
    let left = this.equality();
    while (this.peek("&&")) {
      this.pos++;
      const right = this.equality();
      if (left === UNKNOWN) left = truthy(right) === false ? false : UNKNOWN;
      else left = truthy(left) ? right : left;
    }
    return left;
  }
  equality() {
    let left = this.comparison();
    while (this.peek("==") || this.peek("!=")) {
      const op = this.tokens[this.pos].text;
      this.pos++;
      const right = this.comparison();
      const eq = looseEquals(left, right);
      left = eq === UNKNOWN ? UNKNOWN : op === "==" ? eq : !eq;
    }
    return left;
  }
  comparison() {
    let left = this.unary();
    while (this.peek("<") || this.peek(">") || this.peek("<=") || this.peek(">=")) {
      const op = this.tokens[this.pos].text;
      this.pos++;
      const right = this.unary();
      if (left === UNKNOWN || right === UNKNOWN) left = UNKNOWN;
      else {
        const a = Number(left);
        const b = Number(right);
        left = op === "<" ? a < b : op === ">" ? a > b : op === "<=" ? a <= b : a >= b;
      }
    }
    return left;
  }
  unary() {
    if (this.peek("!")) {
      this.pos++;
      const v = this.unary();
      const t = truthy(v);
      return t === UNKNOWN ? UNKNOWN : !t;
    }
    return this.postfix();
  }
  postfix() {
    let base = this.primary();
    for (; ; ) {
      if (this.peek(".")) {
        this.pos++;
        const t = this.tokens[this.pos];
        if (t?.kind === "punct" && t.text === "*") {
          this.pos++;
          base = UNKNOWN;
          continue;
        }
        if (t?.kind !== "ident") throw new SyntaxError("expected a property name after '.'");
        this.pos++;
        base = isRef(base) ? { ref: [...base.ref, t.text] } : property(base, t.text);
        continue;
      }
      if (this.peek("[")) {
        this.pos++;
        const index = this.or();
        this.expect("]");
        if (isRef(base) && typeof index === "string") base = { ref: [...base.ref, index] };
        else base = property(this.resolve(base), index);
        continue;
      }
      return this.resolve(base);
    }
  }
  resolve(value) {
    if (!isRef(value)) return value;
    this.references.push(value.ref.join("."));
    return this.lookup(value.ref);
  }
  primary() {
    const t = this.tokens[this.pos];
    if (!t) throw new SyntaxError("unexpected end of expression");
    this.pos++;
    if (t.kind === "string") return t.value;
    if (t.kind === "number") return t.value;
    if (t.kind === "punct") {
      if (t.text === "(") {
        const v = this.or();
        this.expect(")");
        return v;
      }
      throw new SyntaxError(`unexpected '${t.text}'`);
    }
    if (t.text === "true") return true;
    if (t.text === "false") return false;
    if (t.text === "null") return null;
    if (this.peek("(")) {
      this.pos++;
      const args = [];
      while (!this.peek(")")) {
        args.push(this.or());
        if (!this.peek(")")) this.expect(",");
      }
      this.pos++;
      return this.call(t.text, args);
    }
    return { ref: [t.text] };
  }
  call(name3, args) {
    const fn = name3.toLowerCase();
    const known = args.every((a) => a !== UNKNOWN);
    switch (fn) {
      case "format": {
        if (!known || typeof args[0] !== "string") return UNKNOWN;
        const rest = args.slice(1);
        return args[0].replace(
          /\{\{|\}\}|\{(\d+)\}/g,
          (m, i) => m === "{{" ? "{" : m === "}}" ? "}" : toText(rest[Number(i)] ?? "")
        );
      }
      case "contains":
      case "startswith":
      case "endswith": {
        if (!known) return UNKNOWN;
        const [hay, needle] = args;
        if (fn === "contains" && Array.isArray(hay)) return hay.some((h2) => looseEquals(h2, needle ?? null) === true);
        const h = toText(hay ?? "").toLowerCase();
        const n = toText(needle ?? "").toLowerCase();
        return fn === "contains" ? h.includes(n) : fn === "startswith" ? h.startsWith(n) : h.endsWith(n);
      }
      case "join": {
        if (!known) return UNKNOWN;
        const [list2, sep2] = args;
        return Array.isArray(list2) ? list2.map(toText).join(sep2 === void 0 ? "," : toText(sep2)) : toText(list2 ?? "");
      }
      case "always":
        return true;
      case "success":
      case "failure":
      case "cancelled":
      case "tojson":
      case "fromjson":
      case "hashfiles":
      case "case":
        return UNKNOWN;
      default:
        this.unknownFunctions.push(name3);
        return UNKNOWN;
    }
  }
};
function isRef(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "ref" in v && Array.isArray(v.ref);
}
function property(base, key) {
  if (base === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(base) && typeof key === "number") return base[key] ?? null;
  if (base && typeof base === "object" && !Array.isArray(base)) {
    const wanted = toText(key).toLowerCase();
    for (const [k, v] of Object.entries(base)) if (k.toLowerCase() === wanted) return v;
  }
  return null;
}
function truthy(v) {
  if (v === UNKNOWN) return UNKNOWN;
  if (v === null || v === false || v === "" || v === 0 || Number.isNaN(v)) return false;
  return true;
}
function looseEquals(a, b) {
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (typeof a !== "object" || a === null)) return a === b;
  if (typeof a === "object" || typeof b === "object") return a === b;
  return toNumber(a) === toNumber(b);
}
function toNumber(v) {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (typeof v === "string") return v.trim() === "" ? 0 : Number(v);
  return Number.NaN;
}
function toText(v) {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}
function evaluate(expression, lookup2, options = {}) {
  try {
    const parser = new Parser(tokenize(expression), lookup2, options.condition ?? false);
    const value = parser.parse();
    return { value, references: parser.references, unknownFunctions: parser.unknownFunctions };
  } catch (err) {
    return { value: UNKNOWN, references: [], unknownFunctions: [], syntaxError: err.message };
  }
}
function referencePath(expression) {
  let tokens;
  try {
    tokens = tokenize(expression);
  } catch {
    return void 0;
  }
  const [root, ...rest] = tokens;
  if (root?.kind !== "ident" || ["true", "false", "null"].includes(root.text)) return void 0;
  const path5 = [root.text];
  for (let i = 0; i < rest.length; ) {
    const [a, b, c] = [rest[i], rest[i + 1], rest[i + 2]];
    if (a?.kind === "punct" && a.text === "." && b?.kind === "ident") {
      path5.push(b.text);
      i += 2;
    } else if (a?.kind === "punct" && a.text === "[" && b?.kind === "string" && c?.kind === "punct" && c.text === "]") {
      path5.push(b.value);
      i += 3;
    } else return void 0;
  }
  return path5;
}
function expressionEnd(text, start) {
  let inString = false;
  for (let j = start + 3; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === "'") inString = !inString;
    else if (!inString && text.startsWith("}}", j)) return j + 2;
  }
  return -1;
}
function findExpressions(text) {
  const slots = [];
  let i = text.indexOf("${{");
  while (i >= 0) {
    const end = expressionEnd(text, i);
    if (end < 0) break;
    slots.push({ expression: text.slice(i + 3, end - 2).trim(), start: i, end });
    i = text.indexOf("${{", end);
  }
  return slots;
}
function conditionExpression(text) {
  const t = text.trim();
  const slots = findExpressions(t);
  const only = slots[0];
  if (slots.length === 1 && only && only.start === 0 && only.end === t.length) return only.expression;
  return t;
}

// src/reference/grammar.ts
var alphanumeric = "[a-z0-9]+";
var separator = "(?:[._]|__|[-]+)";
var pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
var remoteName = `${pathComponent}(?:/${pathComponent})*`;
var domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var ipv6Address = "\\[(?:[a-fA-F0-9:]+)\\]";
var domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
var host = `(?:${domainName}|${ipv6Address})`;
var domainAndPort = `${host}(?::[0-9]+)?`;
var tag = "[\\w][\\w.-]{0,127}";
var digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
var name = `(?:${domainAndPort}/)?${remoteName}`;
var referencePattern = new RegExp(`^(${name})(?::(${tag}))?(?:@(${digest}))?$`);
var namePattern = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
var domainPattern = new RegExp(`^${domainAndPort}$`);
var pathComponentPattern = new RegExp(`^${pathComponent}$`);
var pathPattern = new RegExp(`^${remoteName}$`);
var tagPattern = new RegExp(`^${tag}$`);
var referenceDigestPattern = new RegExp(`^${digest}$`);
var maxTagLength = 128;

// src/reference/diagnose.ts
var separatorRule = 'separators are one ".", one or two "_", or dashes';
function describeTagProblem(tag2) {
  if (tag2 === "") return 'the tag after ":" is empty';
  if (tag2.length > maxTagLength) return `the tag is ${tag2.length} characters long; at most ${maxTagLength} are allowed`;
  if (tagPattern.test(tag2)) return void 0;
  const bad = [...new Set(tag2.replace(/[\w.-]/g, ""))];
  if (bad.length > 0) {
    return `tag ${quoted(tag2)} contains ${quoteList(bad)}; a tag has letters, digits, "_", "." and "-"`;
  }
  return `tag ${quoted(tag2)} must start with a letter, digit or "_"`;
}
function describePathComponentProblem(component) {
  if (component === "") return 'the path has an empty component (a "/" at the start or end, or "//")';
  if (pathComponentPattern.test(component)) return void 0;
  if (/[A-Z]/.test(component) && pathComponentPattern.test(component.toLowerCase())) {
    return `path component ${quoted(component)} has upper-case letters`;
  }
  const bad = [...new Set(component.replace(/[a-z0-9._-]/g, ""))];
  if (bad.length > 0) {
    return `path component ${quoted(component)} contains ${quoteList(bad)}; allowed are a-z, 0-9, ".", "_" and "-"`;
  }
  if (/^[._-]|[._-]$/.test(component)) {
    return `path component ${quoted(component)} must start and end with a lower-case letter or digit`;
  }
  const run = component.match(/[._-]{2,}/g)?.find((s) => !/^(?:__|-+)$/.test(s));
  return `path component ${quoted(component)} has the separator ${quoted(run ?? component)}; ${separatorRule}`;
}
function describeNameProblem(name3) {
  if (name3 === "") return "the repository name is empty";
  const components = name3.split("/");
  const first = components[0] ?? "";
  if (components.length === 1 && /^\[|:/.test(first)) {
    return `${quoted(first)} looks like a registry host, but no repository path follows it`;
  }
  let path5 = components;
  if (components.length > 1) {
    if (domainPattern.test(first)) {
      path5 = components.slice(1);
    } else if (/[.:[\]]/.test(first)) {
      return `domain ${quoted(first)} is not a valid host[:port]${first.includes("[") ? " (IPv6 addresses are hex digits and ':' in brackets, no zone)" : ""}`;
    }
  }
  for (const component of path5) {
    const problem = describePathComponentProblem(component);
    if (problem) return problem;
  }
  return void 0;
}
function quoted(value) {
  return JSON.stringify(shorten(value));
}
function shorten(value, max = 80) {
  return value.length <= max ? value : `${value.slice(0, max - 20)}\u2026${value.slice(-12)}`;
}
function quoteList(chars) {
  return chars.map((c) => JSON.stringify(c)).join(", ");
}

// src/reference/parse.ts
var dockerHubDomain = "docker.io";
var legacyDockerHubDomain = "index.docker.io";
var officialRepositoryPrefix = "library/";

// src/workflows/image-ref.ts
var HOLE = "\uE000";
var HOLE_RE = new RegExp(HOLE, "g");
function toImageRef(value, span, lowercasedBy) {
  const unknownTexts = value.pieces.filter((p) => !p.known).map((p) => p.text);
  const masked = value.pieces.map((p) => p.known ? p.text.replaceAll(HOLE, "") : HOLE).join("");
  const part = (from, to) => {
    let k = (masked.slice(0, from).match(HOLE_RE) ?? []).length;
    return masked.slice(from, to).replace(HOLE_RE, () => unknownTexts[k++] ?? "");
  };
  let end = masked.length;
  let digest2;
  const at = masked.indexOf("@");
  if (at >= 0) {
    digest2 = part(at + 1, end);
    end = at;
  }
  let tag2;
  const colon = masked.lastIndexOf(":", end - 1);
  if (colon >= 0 && colon > masked.lastIndexOf("/", end - 1)) {
    tag2 = part(colon + 1, end);
    end = colon;
  }
  const name3 = masked.slice(0, end);
  const slash = name3.indexOf("/");
  const first = slash >= 0 ? name3.slice(0, slash) : name3;
  let registry;
  let repository;
  if (name3 !== "" && !first.includes(HOLE)) {
    if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost")) {
      registry = first;
      repository = part(slash + 1, end);
    } else {
      registry = dockerHubDomain;
      repository = slash >= 0 ? part(0, end) : `${officialRepositoryPrefix}${part(0, end)}`;
    }
  }
  const uppercase = lowercasedBy === void 0 && /[A-Z]/.test(name3.replaceAll(HOLE, ""));
  return {
    text: value.text,
    span,
    resolved: value.value,
    pattern: value.pattern,
    registry,
    repository,
    tag: tag2,
    digest: digest2,
    uppercase,
    lowercasedBy,
    sources: value.sources,
    unknownFunctions: value.unknownFunctions
  };
}

// src/workflows/load.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

// src/workflows/parse.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/workflows/matrix.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/workflows/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var SourceFile = class {
  constructor(file, text, lines) {
    this.file = file;
    this.text = text;
    this.lines = lines;
  }
  file;
  text;
  lines;
  /** The span of a node (or of a key), from its first character to the end of its value. */
  span(node, fallback) {
    const range = node?.range;
    if (!range) return fallback ?? this.spanAt(0, 0);
    return this.spanAt(range[0], range[1]);
  }
  /** A span for explicit offsets. */
  spanAt(offset2, endOffset) {
    const pos = this.lines.linePos(offset2);
    return { file: this.file, line: pos.line, column: pos.col, offset: offset2, endOffset };
  }
  /** A scalar's text with its position; numbers and booleans become their YAML text. */
  scalar(node) {
    if (!(0, import_yaml.isScalar)(node)) return void 0;
    const value = node.value === null || node.value === void 0 ? "" : String(node.value);
    const span = this.span(node);
    const style = scalarStyle(node);
    const scalar = { value, span, style };
    if (style === "block-literal" || style === "block-folded")
      scalar.block = this.blockStart(span.offset, span.endOffset);
    const lineOffsets = this.verbatimLines(scalar);
    if (lineOffsets) scalar.lineOffsets = lineOffsets;
    return scalar;
  }
  /** The file offset of each value line, when every line is written verbatim in the file. */
  verbatimLines(scalar) {
    const lines = scalar.value.split("\n");
    const at = (offset3, text) => this.text.startsWith(text, offset3);
    if (scalar.style === "block-literal" && scalar.block) {
      const { line, indent } = scalar.block;
      const offsets = [];
      for (const [i, text] of lines.entries()) {
        const start = this.lines.lineStarts[line - 1 + i];
        if (start === void 0) return text === "" ? offsets.concat(this.text.length) : void 0;
        const offset3 = text === "" ? start : start + indent;
        if (!at(offset3, text)) return void 0;
        offsets.push(offset3);
      }
      return offsets;
    }
    if (lines.length !== 1) return void 0;
    const offset2 = scalar.span.offset + (scalar.style === "plain" ? 0 : 1);
    return scalar.style !== "block-folded" && at(offset2, scalar.value) ? [offset2] : void 0;
  }
  /** Line and indent of the first non-empty content line of a block scalar starting at `offset`. */
  blockStart(offset2, end) {
    let i = this.text.indexOf("\n", offset2);
    if (i < 0) return { line: this.lines.linePos(offset2).line + 1, indent: 0 };
    const firstLineStart = i + 1;
    let indent = 0;
    for (let start = firstLineStart; start < end; ) {
      const lineEnd2 = this.text.indexOf("\n", start);
      const line = this.text.slice(start, lineEnd2 < 0 ? void 0 : lineEnd2);
      if (line.trim() !== "") {
        indent = line.length - line.trimStart().length;
        break;
      }
      if (lineEnd2 < 0) break;
      start = lineEnd2 + 1;
    }
    i = firstLineStart;
    return { line: this.lines.linePos(i).line, indent };
  }
};
function scalarStyle(node) {
  switch (node.type) {
    case import_yaml.Scalar.QUOTE_SINGLE:
      return "single-quoted";
    case import_yaml.Scalar.QUOTE_DOUBLE:
      return "double-quoted";
    case import_yaml.Scalar.BLOCK_LITERAL:
      return "block-literal";
    case import_yaml.Scalar.BLOCK_FOLDED:
      return "block-folded";
    default:
      return "plain";
  }
}
function positionInScalar(scalar, index) {
  const before2 = scalar.value.slice(0, index);
  const lineNo = before2.split("\n").length - 1;
  const col = index - (before2.lastIndexOf("\n") + 1);
  if (scalar.style === "block-literal" && scalar.block) {
    return { line: scalar.block.line + lineNo, column: scalar.block.indent + col + 1 };
  }
  if (scalar.style === "block-folded" && scalar.block) {
    return { line: scalar.block.line, column: scalar.block.indent + 1 };
  }
  if (lineNo > 0) return { line: scalar.span.line, column: scalar.span.column };
  const quote = scalar.style === "plain" ? 0 : 1;
  return { line: scalar.span.line, column: scalar.span.column + quote + col };
}
function spanInScalar(scalar, index, length) {
  const pos = positionInScalar(scalar, index);
  const before2 = scalar.value.slice(0, index);
  const lineNo = before2.split("\n").length - 1;
  const lineStart2 = scalar.lineOffsets?.[lineNo];
  const oneLine = !scalar.value.slice(index, index + length).includes("\n");
  if (lineStart2 === void 0 || !oneLine) {
    return {
      file: scalar.span.file,
      line: pos.line,
      column: pos.column,
      offset: scalar.span.offset,
      endOffset: scalar.span.endOffset
    };
  }
  const offset2 = lineStart2 + index - (before2.lastIndexOf("\n") + 1);
  return { file: scalar.span.file, line: pos.line, column: pos.column, offset: offset2, endOffset: offset2 + length };
}
function mapEntries(node) {
  if (!(0, import_yaml.isMap)(node)) return [];
  const out = [];
  for (const pair of node.items) {
    if ((0, import_yaml.isScalar)(pair.key)) out.push([String(pair.key.value), pair]);
  }
  return out;
}
function mapGet(node, key) {
  for (const [k, pair] of mapEntries(node)) if (k === key) return pair.value;
  return void 0;
}
function mapPair(node, key) {
  for (const [k, pair] of mapEntries(node)) if (k === key) return pair;
  return void 0;
}
function listItems(node) {
  if ((0, import_yaml.isSeq)(node)) return node.items;
  if (node === void 0 || node === null) return [];
  return [node];
}
function toPlain(node) {
  if (node && typeof node === "object" && "toJSON" in node && typeof node.toJSON === "function") {
    return node.toJSON();
  }
  return node;
}

// src/workflows/matrix.ts
function parseMatrix(node, src) {
  const span = src.span(node);
  if ((0, import_yaml2.isScalar)(node)) {
    return { span, dimensions: {}, include: [], exclude: [], combinations: void 0, expression: String(node.value) };
  }
  const dimensions = {};
  let include = [];
  let exclude = [];
  let expression;
  for (const [key, pair] of mapEntries(node)) {
    const value = pair.value;
    if (key === "include" || key === "exclude") {
      if ((0, import_yaml2.isScalar)(value)) {
        expression = String(value.value);
        continue;
      }
      const list2 = ((0, import_yaml2.isSeq)(value) ? value.items : []).map(toPlain).filter(isObject);
      if (key === "include") include = list2;
      else exclude = list2;
    } else if ((0, import_yaml2.isSeq)(value)) {
      dimensions[key] = value.items.map(toPlain);
    } else {
      expression = (0, import_yaml2.isScalar)(value) ? String(value.value) : key;
    }
  }
  const dynamic = expression !== void 0 || [...Object.values(dimensions).flat(), ...include, ...exclude].some((v) => hasExpression(v));
  const matrix = {
    span,
    dimensions,
    include,
    exclude,
    combinations: dynamic ? void 0 : expandMatrix(dimensions, include, exclude)
  };
  if (expression !== void 0) matrix.expression = expression;
  return matrix;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function hasExpression(v) {
  if (typeof v === "string") return findExpressions(v).length > 0;
  if (Array.isArray(v)) return v.some(hasExpression);
  if (isObject(v)) return Object.values(v).some(hasExpression);
  return false;
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function expandMatrix(dimensions, include, exclude) {
  const keys = Object.keys(dimensions);
  let product = keys.length === 0 ? [] : [{}];
  for (const key of keys) {
    const values = dimensions[key] ?? [];
    product = product.flatMap((combo) => values.map((v) => ({ ...combo, [key]: v })));
  }
  const base = product.filter(
    (combo) => !exclude.some((ex) => Object.entries(ex).every(([k, v]) => same(combo[k], v)))
  );
  const result = base.map((combo) => ({ ...combo }));
  const added = [];
  for (const extra of include) {
    let merged = false;
    result.forEach((combo, i) => {
      const original = base[i] ?? {};
      const overwritesOriginal = Object.entries(extra).some(([k, v]) => k in original && !same(original[k], v));
      if (!overwritesOriginal) {
        Object.assign(combo, extra);
        merged = true;
      }
    });
    if (!merged) added.push({ ...extra });
  }
  result.push(...added);
  return result;
}

// src/workflows/permissions.ts
var import_yaml3 = __toESM(require_dist(), 1);
var PERMISSION_SCOPES = [
  "actions",
  "artifact-metadata",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "metadata",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses"
];
var READ_ONLY_SCOPES = /* @__PURE__ */ new Set(["metadata", "models"]);
var LEVELS = { none: 0, read: 1, write: 2 };
function defaultTokenPermissions(mode) {
  const out = {};
  for (const scope of PERMISSION_SCOPES) {
    if (mode === "write") out[scope] = scope === "id-token" ? "none" : READ_ONLY_SCOPES.has(scope) ? "read" : "write";
    else out[scope] = scope === "contents" || scope === "packages" || scope === "metadata" ? "read" : "none";
  }
  return out;
}
function parsePermissions(node, src, errors) {
  const span = src.span(node);
  const fail = (at, message) => {
    errors.push({ code: "WORKFLOW_SHAPE", file: src.file, line: at.line, column: at.column, message });
    return void 0;
  };
  if ((0, import_yaml3.isScalar)(node)) {
    const v = String(node.value);
    if (v === "read-all" || v === "write-all") return { kind: v, scopes: {}, scopeSpans: {}, span };
    return fail(span, `permissions "${v}" is not valid: use read-all, write-all, {} or a map of scopes`);
  }
  if (!(0, import_yaml3.isMap)(node)) return fail(span, "permissions must be read-all, write-all, {} or a map of scopes");
  const spec = { kind: "map", scopes: {}, scopeSpans: {}, span };
  for (const [scope, pair] of mapEntries(node)) {
    const value = (0, import_yaml3.isScalar)(pair.value) ? String(pair.value.value) : "";
    const at = src.span(pair.key);
    if (value !== "read" && value !== "write" && value !== "none") {
      fail(at, `permission "${scope}: ${value}" is not valid: use read, write or none`);
      continue;
    }
    spec.scopes[scope] = value;
    spec.scopeSpans[scope] = at;
  }
  if (mapEntries(node).length === 0) spec.kind = "none";
  return spec;
}
function grantedBy(spec) {
  const out = {};
  for (const scope of PERMISSION_SCOPES) {
    if (spec.kind === "write-all") out[scope] = scope === "id-token" || !READ_ONLY_SCOPES.has(scope) ? "write" : "read";
    else if (spec.kind === "read-all") out[scope] = "read";
    else out[scope] = scope === "metadata" ? "read" : spec.scopes[scope] ?? "none";
  }
  for (const [scope, level] of Object.entries(spec.scopes)) if (!(scope in out)) out[scope] = level;
  return out;
}
function minLevel(a, b) {
  return LEVELS[a] <= LEVELS[b] ? a : b;
}
function effectivePermissions(job, context = {}) {
  const workflow = context.workflows?.find((w) => w.file === job.file);
  const modes = context.defaultPermissions ? [context.defaultPermissions] : ["read", "write"];
  const results = modes.map((mode) => compute(job, workflow, context, mode, /* @__PURE__ */ new Set()));
  const first = results[0];
  const scopes = {};
  for (const scope of Object.keys(first.levels)) {
    const values = new Set(results.map((r) => r.levels[scope]));
    scopes[scope] = values.size === 1 ? first.levels[scope] : "unknown";
  }
  const origins = first.origins.map(
    (o) => o.kind === "repository-default" && !context.defaultPermissions ? { ...o, note: "the repository default (not known: read or write)" } : o
  );
  const callers = workflow?.reusable && !context.caller ? callersOf(job.file, context) : [];
  const byCaller = callers.length > 1 ? callers.map(({ job: caller }) => ({
    file: caller.file,
    jobId: caller.id,
    scopes: effectivePermissions(job, { ...context, caller }).scopes
  })) : callers.map(({ job: caller }) => ({ file: caller.file, jobId: caller.id, scopes }));
  return { scopes, origins, byCaller };
}
function compute(job, workflow, context, mode, seen) {
  const origins = [];
  let declared;
  if (job.permissions) {
    declared = job.permissions;
    origins.push({ kind: "job", span: job.permissions.span, note: `job "${job.id}" sets permissions` });
  } else if (workflow?.permissions) {
    declared = workflow.permissions;
    origins.push({ kind: "workflow", span: workflow.permissions.span, note: "the workflow sets permissions" });
  }
  let levels;
  const callers = workflow?.reusable ? callersOf(job.file, context) : [];
  if (callers.length > 0) {
    seen.add(job.file);
    const granted = callers.filter(({ job: callerJob }) => !seen.has(callerJob.file)).map(({ job: callerJob, workflow: callerWorkflow }) => {
      const c = compute(callerJob, callerWorkflow, { ...context, caller: void 0 }, mode, seen);
      origins.push({
        kind: "caller",
        span: callerJob.uses?.span ?? callerJob.span,
        note: `called from job "${callerJob.id}" in ${callerJob.file}, which can only be kept or lowered`
      });
      return c.levels;
    });
    levels = granted.reduce((acc, g) => {
      for (const [scope, level] of Object.entries(g)) acc[scope] = acc[scope] ? minLevel(acc[scope], level) : level;
      return acc;
    }, {});
    if (declared) {
      const own = grantedBy(declared);
      for (const scope of Object.keys(levels)) levels[scope] = minLevel(levels[scope] ?? "none", own[scope] ?? "none");
    }
  } else if (declared) {
    levels = grantedBy(declared);
  } else {
    levels = defaultTokenPermissions(mode);
    origins.push({ kind: "repository-default", note: `the repository default (${mode})` });
  }
  if (context.scenario?.tokenReadOnly) {
    for (const scope of Object.keys(levels)) if (levels[scope] === "write") levels[scope] = "read";
    origins.push({ kind: "event", note: context.scenario.note });
  }
  return { levels, origins };
}
function callersOf(file, context) {
  if (context.caller) {
    const workflow = context.workflows?.find((w) => w.file === context.caller?.file);
    return workflow ? [{ job: context.caller, workflow }] : [];
  }
  const out = [];
  for (const workflow of context.workflows ?? []) {
    for (const job of workflow.jobs) if (job.calls === file) out.push({ job, workflow });
  }
  return out;
}

// src/workflows/triggers.ts
var import_yaml4 = __toESM(require_dist(), 1);
function parseTriggers(node, src, errors) {
  const empty = (event, at) => ({
    event,
    span: src.span(at),
    filters: {},
    inputs: [],
    inputDefaults: {},
    secrets: [],
    crons: []
  });
  if ((0, import_yaml4.isScalar)(node) && node.value !== null && String(node.value) !== "") return [empty(String(node.value), node)];
  if ((0, import_yaml4.isSeq)(node)) {
    return node.items.filter(import_yaml4.isScalar).map((item) => empty(String(item.value), item));
  }
  if (!(0, import_yaml4.isMap)(node) || node.items.length === 0) {
    const span = src.span(node);
    errors.push({
      code: "WORKFLOW_SHAPE",
      file: src.file,
      line: span.line,
      column: span.column,
      message: "`on` must be an event name, a list of events or a map of events"
    });
    return [];
  }
  const triggers = [];
  for (const [event, pair] of mapEntries(node)) {
    const trigger = empty(event, pair.key);
    const config = pair.value;
    if (event === "schedule") {
      for (const item of listItems(config)) {
        const cron = mapGet(item, "cron");
        if ((0, import_yaml4.isScalar)(cron)) trigger.crons.push(String(cron.value));
      }
    } else if ((0, import_yaml4.isMap)(config)) {
      for (const [key, pairValue] of mapEntries(config)) {
        const value = pairValue.value;
        if (key === "inputs" || key === "secrets") {
          const names = mapEntries(value).map(([name3]) => name3);
          if (key === "inputs") {
            trigger.inputs = names;
            for (const [name3, input] of mapEntries(value)) {
              const fallback = src.scalar(mapGet(input.value, "default"));
              if (fallback) trigger.inputDefaults[name3] = fallback;
            }
          } else trigger.secrets = names;
        } else if (key !== "outputs") {
          trigger.filters[key] = listItems(value).filter(import_yaml4.isScalar).map((s) => String(s.value));
        }
      }
    }
    triggers.push(trigger);
  }
  return triggers;
}

// src/workflows/parse.ts
function parseWorkflow(text, file) {
  const lineCounter = new import_yaml5.LineCounter();
  const doc = (0, import_yaml5.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = [];
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = lineCounter.linePos(err.pos[0]);
      errors.push({ code: "WORKFLOW_YAML", file, line: pos.line, column: pos.col, message: yamlMessage(err.message) });
    }
    return { workflow: void 0, errors };
  }
  const src = new SourceFile(file, text, lineCounter);
  const root = doc.contents;
  const shapeError = (node, message) => {
    const span = src.span(node);
    errors.push({ code: "WORKFLOW_SHAPE", file, line: span.line, column: span.column, message });
  };
  if (!(0, import_yaml5.isMap)(root)) {
    shapeError(root, "a workflow must be a YAML map with `on` and `jobs`");
    return { workflow: void 0, errors };
  }
  const onNode = mapGet(root, "on");
  if (onNode === void 0) shapeError(root, "the workflow has no `on` (no events trigger it)");
  const triggers = onNode === void 0 ? [] : parseTriggers(onNode, src, errors);
  const permissionsNode = mapPair(root, "permissions");
  const workflow = {
    file,
    name: src.scalar(mapGet(root, "name")),
    triggers,
    env: parseEnv(mapGet(root, "env"), src),
    permissions: permissionsNode ? parsePermissions(permissionsNode.value, src, errors) : void 0,
    jobs: [],
    reusable: triggers.some((t) => t.event === "workflow_call")
  };
  const jobsNode = mapGet(root, "jobs");
  if (!(0, import_yaml5.isMap)(jobsNode)) {
    shapeError(jobsNode ?? root, "`jobs` must be a map of job ids to jobs");
  } else {
    for (const [id, pair] of mapEntries(jobsNode)) {
      if (!(0, import_yaml5.isMap)(pair.value)) {
        shapeError(pair.key, `job "${id}" must be a map`);
        continue;
      }
      workflow.jobs.push(parseJob(id, pair.key, pair.value, src, errors));
    }
  }
  return { workflow, errors };
}
function yamlMessage(message) {
  const first = message.split("\n")[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, "").trim();
}
function parseEnv(node, src) {
  return mapEntries(node).map(([name3, pair]) => ({
    name: name3,
    value: src.scalar(pair.value),
    keySpan: src.span(pair.key)
  }));
}
var CREDENTIAL_INPUT = /(^|[-_])(password|passwd|token|secret|private-key)$/i;
function parseWith(node, src) {
  const out = {};
  for (const [key, pair] of mapEntries(node)) {
    const value = src.scalar(pair.value);
    if (!value) continue;
    const literal = value.value !== "" && !value.value.includes("${{");
    out[key] = literal && CREDENTIAL_INPUT.test(key) ? { value: "", span: value.span, style: value.style, redacted: true } : value;
  }
  return out;
}
function scalars(node, src) {
  return listItems(node).map((n) => src.scalar(n)).filter((s) => s !== void 0);
}
function parseJob(id, keyNode, node, src, errors) {
  const permissionsPair = mapPair(node, "permissions");
  const uses = src.scalar(mapGet(node, "uses"));
  const secretsNode = mapGet(node, "secrets");
  const runsOnNode = mapGet(node, "runs-on");
  const job = {
    id,
    file: src.file,
    name: src.scalar(mapGet(node, "name")),
    span: src.span(keyNode),
    needs: scalars(mapGet(node, "needs"), src),
    if: src.scalar(mapGet(node, "if")),
    runsOn: (0, import_yaml5.isMap)(runsOnNode) ? scalars(mapGet(runsOnNode, "labels"), src) : scalars(runsOnNode, src),
    env: parseEnv(mapGet(node, "env"), src),
    permissions: permissionsPair ? parsePermissions(permissionsPair.value, src, errors) : void 0,
    strategy: parseStrategy(mapGet(node, "strategy"), src),
    container: parseContainer(void 0, mapGet(node, "container"), src),
    services: mapEntries(mapGet(node, "services")).map(([name3, pair]) => parseContainer(name3, pair.value, src)).filter((c) => c !== void 0),
    steps: [],
    uses,
    calls: uses ? localWorkflowPath(uses.value) : void 0,
    with: parseWith(mapGet(node, "with"), src),
    secrets: (0, import_yaml5.isScalar)(secretsNode) ? String(secretsNode.value) === "inherit" ? "inherit" : [] : secretsNode === void 0 ? void 0 : mapEntries(secretsNode).map(([name3]) => name3)
  };
  const stepsNode = mapGet(node, "steps");
  if (stepsNode !== void 0 && !(0, import_yaml5.isSeq)(stepsNode)) {
    const span = src.span(stepsNode);
    errors.push({
      code: "WORKFLOW_SHAPE",
      file: src.file,
      line: span.line,
      column: span.column,
      message: `steps of job "${id}" must be a list`
    });
  }
  listItems((0, import_yaml5.isSeq)(stepsNode) ? stepsNode : void 0).forEach((stepNode, index) => {
    if (!(0, import_yaml5.isMap)(stepNode)) {
      const span = src.span(stepNode);
      errors.push({
        code: "WORKFLOW_SHAPE",
        file: src.file,
        line: span.line,
        column: span.column,
        message: `step ${index + 1} of job "${id}" must be a map with \`uses\` or \`run\``
      });
      return;
    }
    job.steps.push(parseStep(index, stepNode, src));
  });
  return job;
}
function parseStep(index, node, src) {
  const shell = src.scalar(mapGet(node, "shell"));
  return {
    index,
    id: src.scalar(mapGet(node, "id"))?.value,
    name: src.scalar(mapGet(node, "name")),
    uses: src.scalar(mapGet(node, "uses")),
    run: src.scalar(mapGet(node, "run")),
    shell: shell?.value,
    if: src.scalar(mapGet(node, "if")),
    with: parseWith(mapGet(node, "with"), src),
    env: parseEnv(mapGet(node, "env"), src),
    span: src.span(node)
  };
}
function parseStrategy(node, src) {
  if (!(0, import_yaml5.isMap)(node)) return void 0;
  const matrixNode = mapGet(node, "matrix");
  return {
    matrix: matrixNode === void 0 ? void 0 : parseMatrix(matrixNode, src),
    failFast: src.scalar(mapGet(node, "fail-fast")),
    maxParallel: src.scalar(mapGet(node, "max-parallel"))
  };
}
function parseContainer(name3, node, src) {
  if (node === void 0 || node === null) return void 0;
  if ((0, import_yaml5.isScalar)(node)) {
    return {
      name: name3,
      image: src.scalar(node),
      hasCredentials: false,
      credentialsUsername: void 0,
      span: src.span(node)
    };
  }
  const credentials = mapGet(node, "credentials");
  return {
    name: name3,
    image: src.scalar(mapGet(node, "image")),
    hasCredentials: credentials !== void 0,
    credentialsUsername: src.scalar(mapGet(credentials, "username")),
    span: src.span(node)
  };
}
function localWorkflowPath(uses) {
  if (!uses.startsWith("./")) return void 0;
  const file = uses.slice(2).replace(/@.*$/, "").replace(/\/{2,}/g, "/");
  return file === "" ? void 0 : file;
}

// src/workflows/load.ts
var WORKFLOW_DIR = ".github/workflows";
async function loadWorkflows(repoDir) {
  const info = await stat(repoDir).catch(() => void 0);
  if (!info?.isDirectory()) {
    throw new DockhandError("REPO_NOT_FOUND", `Repository directory ${repoDir} does not exist or is not a directory.`, {
      exit: 2,
      hint: "Pass the checkout with --repo DIR.",
      details: { repoDir }
    });
  }
  const names = await readdir(path.join(repoDir, WORKFLOW_DIR)).catch(() => []);
  const queue = names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => `${WORKFLOW_DIR}/${n}`);
  const workflows = [];
  const errors = [];
  const calls = [];
  const seen = /* @__PURE__ */ new Set();
  const missing = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    let text;
    try {
      text = await readFile(path.join(repoDir, file), "utf8");
    } catch (err) {
      errors.push({
        code: "WORKFLOW_READ",
        file,
        line: 1,
        column: 1,
        message: `cannot read the file: ${err.code ?? err.message}`
      });
      continue;
    }
    const result = parseWorkflow(text, file);
    errors.push(...result.errors);
    if (!result.workflow) continue;
    workflows.push(result.workflow);
    for (const job of result.workflow.jobs) {
      if (!job.uses) continue;
      calls.push({ callerFile: file, jobId: job.id, uses: job.uses, target: job.calls });
      if (job.calls && !seen.has(job.calls)) {
        const exists = await stat(path.join(repoDir, job.calls)).catch(() => void 0);
        if (exists?.isFile()) queue.push(job.calls);
        else if (!missing.has(`${file}#${job.id}`)) {
          missing.add(`${file}#${job.id}`);
          errors.push({
            code: "WORKFLOW_NOT_FOUND",
            file,
            line: job.uses.span.line,
            column: job.uses.span.column,
            message: `job "${job.id}" calls ${job.uses.value}, but ${job.calls} does not exist in the repository`
          });
        }
      }
    }
  }
  return { workflows, errors, calls };
}

// src/workflows/shell.ts
function wordText(word) {
  return word.segments.map((s) => s.text).join("");
}
var PREFIX_WORDS = /* @__PURE__ */ new Set([
  "sudo",
  "time",
  "exec",
  "command",
  "then",
  "do",
  "else",
  "if",
  "while",
  "until",
  "!",
  "{"
]);
function parseScript(script) {
  const commands = [];
  let words = [];
  let piped;
  let pendingPipe = false;
  const finish = (op) => {
    const cmd = buildCommand(words, pendingPipe ? piped : void 0);
    words = [];
    if (cmd) commands.push(cmd);
    pendingPipe = op === "pipe" && cmd !== void 0;
    piped = pendingPipe ? cmd : void 0;
  };
  let i = 0;
  const n = script.length;
  while (i < n) {
    const c = script.charAt(i);
    if (c === "\\" && script.charAt(i + 1) === "\n") {
      i += 2;
      continue;
    }
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\n" || c === ";") {
      finish("end");
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && script.charAt(i) !== "\n") i++;
      continue;
    }
    if (c === "|" || c === "&") {
      const two = script.slice(i, i + 2);
      if (two === "||" || two === "&&") {
        finish("end");
        i += 2;
      } else {
        finish(c === "|" ? "pipe" : "end");
        i += c === "|" && script.charAt(i + 1) === "&" ? 2 : 1;
      }
      continue;
    }
    const [word, next] = readWord(script, i);
    words.push(word);
    i = next;
  }
  finish("end");
  return commands;
}
function buildCommand(words, pipedFrom) {
  const assignments = [];
  let k = 0;
  while (k < words.length) {
    const w = words[k];
    const text = wordText(w);
    if (PREFIX_WORDS.has(text)) k++;
    else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.raw)) {
      assignments.push(w);
      k++;
    } else break;
  }
  const rest = words.slice(k);
  let hereString;
  const redirects = [];
  const kept = [];
  for (let j = 0; j < rest.length; j++) {
    const w = rest[j];
    const joined = /^(\d?(?:>>?|<))(\S.*)$/.exec(w.raw);
    if (w.raw === "<<<") {
      hereString = rest[j + 1];
      j++;
    } else if (/^\d?>&\d$/.test(w.raw)) {
    } else if (/^\d?(>>?|<)$/.test(w.raw)) {
      redirects.push({ op: w.raw, target: rest[j + 1] });
      j++;
    } else if (joined) {
      redirects.push({
        op: joined[1] ?? ">",
        target: { ...w, raw: joined[2] ?? "", segments: [{ text: joined[2] ?? "", quote: "none" }] }
      });
    } else kept.push(w);
  }
  if (kept.length === 0 && assignments.length === 0) return void 0;
  return { words: kept, assignments, pipedFrom, hereString, redirects };
}
function readWord(script, start) {
  const segments = [];
  let i = start;
  let current = "";
  const push = (quote) => {
    if (current !== "" || quote !== "none") segments.push({ text: current, quote });
    current = "";
  };
  if (script.startsWith("<<<", i)) return [{ raw: "<<<", start, segments: [{ text: "<<<", quote: "none" }] }, i + 3];
  while (i < script.length) {
    const c = script.charAt(i);
    if (script.startsWith("${{", i)) {
      const end = expressionEnd(script, i);
      const stop = end < 0 ? script.length : end;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === "\\" && script.charAt(i + 1) === "\n") break;
    if (c === "&" && current.endsWith(">")) {
      current += c;
      i++;
      continue;
    }
    if (/[\s;|&]/.test(c)) break;
    if (c === "<" && script.startsWith("<<<", i) && i > start) break;
    if (c === "'") {
      push("none");
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      current = script.slice(i + 1, stop);
      push("single");
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      push("none");
      let j = i + 1;
      while (j < script.length && script.charAt(j) !== '"') {
        if (script.startsWith("${{", j)) {
          const end = expressionEnd(script, j);
          j = end < 0 ? script.length : end;
          continue;
        }
        if (script.charAt(j) === "\\") j++;
        j++;
      }
      current = script.slice(i + 1, j).replace(/\\(["\\$`])/g, "$1");
      push("double");
      i = j + 1;
      continue;
    }
    if (c === "$" && script.charAt(i + 1) === "(") {
      let depth = 0;
      let j = i + 1;
      for (; j < script.length; j++) {
        if (script.charAt(j) === "(") depth++;
        else if (script.charAt(j) === ")" && --depth === 0) break;
      }
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "\\" && i + 1 < script.length) {
      current += script.charAt(i + 1);
      i += 2;
      continue;
    }
    current += c;
    i++;
  }
  push("none");
  return [{ raw: script.slice(start, i), start, segments }, i];
}
var shellVariable = /\$\(\([^)]*\)\)|\$\([^)]*\)|`[^`]*`|\$\{([A-Za-z_][A-Za-z0-9_]*)([^}\n]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
function findShellVariables(text) {
  const found = [];
  for (const m of text.matchAll(shellVariable)) {
    const name3 = m[1] ?? m[3];
    found.push({ start: m.index, end: m.index + m[0].length, name: name3, operator: shellOperator(name3, m[2] ?? "") });
  }
  return found;
}
function shellOperator(name3, op) {
  if (op === "") return { kind: "none" };
  if (op === ",," || op === "@L") return { kind: "lower" };
  if (op === "^^" || op === "@U") return { kind: "upper" };
  const fallback = /^:?[-=]/.exec(op);
  if (fallback)
    return { kind: "default", text: op.slice(fallback[0].length), start: 2 + (name3?.length ?? 0) + fallback[0].length };
  return { kind: "other", text: op };
}

// src/workflows/resolve.ts
function envBindings(vars, level) {
  return vars.map((v) => ({
    name: v.name,
    level,
    text: v.value?.value,
    span: v.value?.span ?? v.keySpan,
    shell: false
  }));
}
var MAX_DEPTH = 8;
function resolveText(text, scope, options = {}) {
  const walk = { scope, partial: options.partial ?? false };
  return resolveWithin(text, void 0, walk, scope.bindings.length, options.shell ?? false, 0);
}
function resolveSegments(segments, scope) {
  const walk = { scope, partial: false };
  const parts = segments.map((s) => {
    const part = resolveWithin(s.text, void 0, walk, scope.bindings.length, s.quote !== "single", 0);
    return { ...part, pieces: part.pieces.map(({ source: _source, ...piece }) => piece) };
  });
  return joinResolved(segments.map((s) => s.text).join(""), parts);
}
function joinResolved(text, parts) {
  const pieces = mergePieces(parts.flatMap((p) => p.pieces));
  const known = pieces.every((p) => p.known);
  return {
    text,
    value: known ? pieces.map((p) => p.text).join("") : void 0,
    pattern: pieces.map((p) => p.text).join(""),
    pieces,
    sources: dedupeSources(parts.flatMap((p) => p.sources)),
    unknownFunctions: parts.flatMap((p) => p.unknownFunctions)
  };
}
function mergePieces(pieces) {
  const out = [];
  for (const p of pieces) {
    if (p.text === "") continue;
    const last = out[out.length - 1];
    if (last?.known && p.known && adjoins(last.source, p.source)) {
      last.text += p.text;
      if (last.source && p.source) last.source = { ...last.source, end: p.source.end };
    } else out.push({ ...p });
  }
  return out;
}
function adjoins(a, b) {
  if (!a || !b) return !a && !b;
  return a.verbatim && b.verbatim && a.binding === b.binding && a.end === b.start && a.token?.start === b.token?.start && a.token?.end === b.token?.end;
}
function dedupeSources(sources) {
  const seen = /* @__PURE__ */ new Set();
  return sources.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function resolveWithin(text, holder, walk, visible, shell, depth) {
  const pieces = [];
  const found = { sources: [], unknownFunctions: [] };
  const place = { walk, holder, visible, depth, found };
  const literal = (from, to) => {
    if (shell) pieces.push(...expandShell(text, from, to, place));
    else pieces.push({ text: text.slice(from, to), known: true, source: verbatim(holder, from, to) });
  };
  const substitutions = shell ? commandSubstitutions(text) : [];
  const inside = (at) => substitutions.some((sub) => at >= sub.start && at < sub.end);
  const slots = [
    ...findExpressions(text).filter((slot) => !inside(slot.start)).map((slot) => ({ start: slot.start, end: slot.end, slot })),
    ...substitutions.map((sub) => ({ start: sub.start, end: sub.end, slot: void 0 }))
  ].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const { start, end, slot } of slots) {
    literal(i, start);
    pieces.push(...slot ? expressionPieces(text, slot, place) : [substitutionPiece(text, start, end, place)]);
    i = end;
  }
  literal(i, text.length);
  return joinResolved(text, [
    {
      text,
      value: void 0,
      pattern: "",
      pieces,
      sources: dedupeSources(found.sources),
      unknownFunctions: found.unknownFunctions
    }
  ]);
}
function commandSubstitutions(text) {
  const spans = [];
  for (let at = text.indexOf("$("); at >= 0; at = text.indexOf("$(", at + 2)) {
    if (text[at + 2] === "(" || spans.some((s) => at < s.end)) continue;
    let depth = 0;
    let quote;
    for (let j = at + 1; j < text.length; j++) {
      const c = text[j];
      if (text.startsWith("${{", j)) {
        const close = text.indexOf("}}", j);
        if (close < 0) break;
        j = close + 1;
      } else if (quote) {
        if (c === quote) quote = void 0;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) {
        spans.push({ start: at, end: j + 1 });
        break;
      }
    }
  }
  return spans;
}
function substitutionPiece(text, start, end, place) {
  const written = text.slice(start, end);
  const source = { binding: place.holder, start, end, verbatim: false };
  const lowered = loweringPipeline(written);
  const inner = lowered === void 0 ? void 0 : resolveWithin(lowered, void 0, place.walk, place.visible, true, place.depth + 1);
  if (inner?.value === void 0) return { text: written, known: false, source };
  place.found.sources.push(...inner.sources);
  return { text: inner.value.toLowerCase(), known: true, source };
}
function verbatim(binding, start, end) {
  return { binding, start, end, verbatim: true };
}
function expressionPieces(text, slot, place) {
  const { walk, found } = place;
  const source = {
    binding: place.holder,
    start: slot.start,
    end: slot.end,
    verbatim: false,
    expression: slot.expression
  };
  const unknown = { text: text.slice(slot.start, slot.end), known: false, source };
  const path5 = referencePath(slot.expression);
  const index = path5?.length === 2 && path5[0]?.toLowerCase() === "env" ? findBinding(walk.scope, path5[1] ?? "", place.visible) : -1;
  if (index >= 0) return referencePieces(bindingValue(place, index), unknown, walk.partial);
  const result = evaluate(slot.expression, lookupIn(place));
  found.unknownFunctions.push(...result.unknownFunctions);
  for (const ref of result.references) if (!ref.startsWith("env.")) found.sources.push({ kind: "context", path: ref });
  const value = result.value;
  if (value === UNKNOWN || typeof value === "object" && value !== null) return [unknown];
  return [{ text: toText(value), known: true, source }];
}
function referencePieces(value, token, partial) {
  if (!value || value.value === void 0 && !partial) return [token];
  const range = token.source && { start: token.source.start, end: token.source.end };
  return value.pieces.map((p) => p.source && range ? { ...p, source: { ...p.source, token: range } } : { ...p });
}
function findBinding(scope, name3, visible) {
  for (let i = visible - 1; i >= 0; i--) {
    const b = scope.bindings[i];
    if (b && b.name === name3) return i;
  }
  return -1;
}
function visibleTo(scope, index) {
  const level = scope.bindings[index]?.level;
  if (level !== "workflow" && level !== "job" && level !== "step") return index;
  let i = index;
  while (i > 0 && scope.bindings[i - 1]?.level === level) i--;
  return i;
}
function bindingValue(place, index) {
  const b = place.walk.scope.bindings[index];
  return b ? resolveBinding(place, b, visibleTo(place.walk.scope, index)) : void 0;
}
function resolveBinding(place, b, visible) {
  const { walk, depth, found } = place;
  found.sources.push({ kind: "env", name: b.name, level: b.level, span: b.span });
  if (b.text === void 0 || depth >= MAX_DEPTH) return void 0;
  const inner = b.scope ? resolveWithin(
    b.text,
    b,
    { ...walk, scope: { ...walk.scope, bindings: b.scope } },
    b.scope.length,
    b.shell,
    depth + 1
  ) : resolveWithin(b.text, b, walk, visible, b.shell, depth + 1);
  found.sources.push(...inner.sources);
  found.unknownFunctions.push(...inner.unknownFunctions);
  return inner;
}
function lookupIn(place) {
  const { walk, visible, depth, found } = place;
  const scope = walk.scope;
  const [owner, name3] = (scope.repository ?? "").split("/");
  return (path5) => {
    const [root, ...rest] = path5;
    const key = rest.join(".");
    switch (root?.toLowerCase()) {
      case "github": {
        const field = key.toLowerCase();
        const fact = scope.facts?.[field];
        if (fact !== void 0) return fact;
        if (field === "event_name") return scope.eventName ?? UNKNOWN;
        if (!scope.repository) return UNKNOWN;
        switch (field) {
          case "repository":
          case "event.repository.full_name":
            return scope.repository;
          case "repository_owner":
          case "event.repository.owner.login":
            return owner ?? UNKNOWN;
          case "event.repository.name":
            return name3 ?? UNKNOWN;
          default:
            return UNKNOWN;
        }
      }
      case "env": {
        const envName = rest[0];
        if (envName === void 0 || rest.length > 1) return UNKNOWN;
        const index = findBinding(scope, envName, visible);
        if (index < 0) return scope.openEnv ? UNKNOWN : null;
        const v = bindingValue(place, index);
        return v?.value ?? UNKNOWN;
      }
      case "inputs": {
        const input = scope.inputs?.find((b) => b.name === rest[0]);
        if (!input || rest.length > 1) return UNKNOWN;
        found.sources.push({ kind: "env", name: input.name, level: "input", span: input.span });
        if (input.text === void 0 || depth >= MAX_DEPTH) return UNKNOWN;
        const callerScope = { repository: scope.repository, bindings: [], matrix: void 0 };
        const inner = resolveWithin(input.text, input, { ...walk, scope: callerScope }, 0, false, depth + 1);
        found.sources.push(...inner.sources);
        return inner.value ?? UNKNOWN;
      }
      case "steps": {
        const output = rest[1] === "outputs" && rest.length === 3 ? `${rest[0]}.${rest[2]}` : void 0;
        const binding = scope.outputs?.find((b) => b.name === output);
        return (binding && resolveBinding(place, binding, 0)?.value) ?? UNKNOWN;
      }
      case "matrix": {
        if (!scope.matrix) return UNKNOWN;
        let v = scope.matrix;
        for (const p of rest) v = v && typeof v === "object" ? v[p] : void 0;
        return v === void 0 ? null : v;
      }
      default:
        return UNKNOWN;
    }
  };
}
function runnerVariable(name3, scope) {
  const [owner] = (scope.repository ?? "").split("/");
  if (name3 === "GITHUB_REPOSITORY") return scope.repository;
  if (name3 === "GITHUB_REPOSITORY_OWNER") return scope.repository ? owner : void 0;
  if (name3 === "GITHUB_EVENT_NAME") return scope.eventName;
  return void 0;
}
function expandShell(text, from, to, place) {
  const { walk, holder } = place;
  const pieces = [];
  let last = from;
  for (const token of findShellVariables(text.slice(from, to))) {
    const start = from + token.start;
    const end = from + token.end;
    if (start > last)
      pieces.push({ text: text.slice(last, start), known: true, source: verbatim(holder, last, start) });
    last = end;
    const written = text.slice(start, end);
    const name3 = token.name;
    const source = { binding: holder, start, end, verbatim: false, ...name3 ? { variable: name3 } : {} };
    const unknown = { text: written, known: false, source };
    if (!name3) {
      pieces.push(unknown);
      continue;
    }
    const op = token.operator;
    const index = findBinding(walk.scope, name3, place.visible);
    if (index >= 0) {
      const value = bindingValue(place, index);
      const cased = value?.value === void 0 ? void 0 : changeCase(value.value, op);
      if (op.kind === "none" || op.kind === "default" || cased !== void 0 && cased === value?.value) {
        pieces.push(...referencePieces(value, unknown, walk.partial));
      } else if (cased !== void 0) {
        pieces.push({ text: cased, known: true, source });
      } else pieces.push(unknown);
      continue;
    }
    const runner = runnerVariable(name3, walk.scope);
    place.found.sources.push({ kind: "runner-env", name: name3 });
    if (runner !== void 0) {
      const value = op.kind === "default" ? runner : changeCase(runner, op);
      pieces.push(value === void 0 ? unknown : { text: value, known: true, source });
    } else if (op.kind === "default") {
      const at = start + op.start;
      const range = { start, end };
      pieces.push({
        text: op.text,
        known: true,
        source: { ...verbatim(holder, at, at + op.text.length), token: range }
      });
    } else pieces.push(unknown);
  }
  if (last < to) pieces.push({ text: text.slice(last, to), known: true, source: verbatim(holder, last, to) });
  return pieces;
}
function loweringPipeline(written) {
  const match = /^\$\(\s*echo\s+(?:-n\s+)?(?:"([^"]*)"|'([^']*)'|((?:\$\{\{[^}]*\}\}|[^\s|])+))\s*\|\s*(?:tr\s+(?:(['"]?)\[:upper:\]\4\s+\4\[:lower:\]\4|(['"]?)\[?A-Z\]?\5\s+\5\[?a-z\]?\5)|awk\s+'\{\s*print\s+tolower\(\$0\)\s*\}')\s*\)$/.exec(
    written.trim()
  );
  return match ? match[1] ?? match[2] ?? match[3] : void 0;
}
function changeCase(value, op) {
  if (op.kind === "none") return value;
  if (op.kind === "lower") return value.toLowerCase();
  if (op.kind === "upper") return value.toUpperCase();
  return void 0;
}
function evaluateCondition(text, scope) {
  const found = { sources: [], unknownFunctions: [] };
  const lookup2 = lookupIn({
    walk: { scope, partial: false },
    holder: void 0,
    visible: scope.bindings.length,
    depth: 0,
    found
  });
  const result = evaluate(conditionExpression(text), lookup2, { condition: true });
  return truthy(result.value);
}

// src/workflows/guards.ts
function stepGuards(job, step, push) {
  const guards = [];
  const add = (kind, s) => {
    if (s) guards.push({ kind, expression: s.value, span: s.span });
  };
  add("job-if", job.if);
  add("step-if", step?.if);
  add("push-input", push);
  return guards;
}
function eventRuns(workflow, guards, scope, context, seen = /* @__PURE__ */ new Set()) {
  const runs = [];
  for (const trigger of workflow.triggers) {
    if (trigger.event === "workflow_call") {
      if (seen.has(workflow.file)) continue;
      seen.add(workflow.file);
      for (const caller of context.workflows ?? []) {
        for (const job of caller.jobs.filter((j) => j.calls === workflow.file)) {
          const callerGuards = job.if ? [{ kind: "caller-if", expression: job.if.value, span: job.if.span }, ...guards] : guards;
          for (const run of eventRuns(caller, callerGuards, scope, context, seen)) {
            runs.push({ ...run, via: run.via ?? `${caller.file}#${job.id}` });
          }
        }
      }
      continue;
    }
    const byOrigin = {};
    for (const scenario of runScenarios(trigger.event)) {
      const facts = originFacts(scenario.origin, scope.repository);
      byOrigin[scenario.origin] = decide(guards, { ...scope, eventName: trigger.event, facts });
    }
    runs.push({ event: trigger.event, runs: byOrigin["same-repository"] ?? "maybe", byOrigin });
  }
  return runs;
}
function decide(guards, scope) {
  let result = "yes";
  for (const guard of guards) {
    const v = evaluateCondition(guard.expression, scope);
    if (v === false) return "no";
    if (v === UNKNOWN) result = "maybe";
  }
  return result;
}

// src/workflows/scope.ts
function stepScope(workflow, job, step, context, matrix) {
  const outer = [...envBindings(workflow.env, "workflow"), ...envBindings(job.env, "job")];
  const written = [];
  const outputs = [];
  for (const earlier of job.steps.filter((s) => s.index < step.index)) {
    const writerScope = [...outer, ...written, ...envBindings(earlier.env, "step")];
    if (earlier.id) {
      for (const output of githubFileBindings(earlier, "GITHUB_OUTPUT"))
        outputs.push({ ...output, name: `${earlier.id}.${output.name}`, scope: writerScope });
    }
    written.push(...githubEnvBindings(earlier).map((binding) => ({ ...binding, scope: writerScope })));
  }
  const bindings = [...outer, ...written, ...envBindings(step.env, "step")];
  const scope = { repository: context.repository, bindings, matrix };
  if (outputs.length > 0) scope.outputs = outputs;
  const inputs = callerInputs(workflow, context);
  if (inputs) scope.inputs = inputs;
  return scope;
}
function callerInputs(workflow, context) {
  const call = workflow.triggers.find((t) => t.event === "workflow_call");
  if (!call) return void 0;
  const callers = (context.workflows ?? []).flatMap((w) => w.jobs.filter((j) => j.calls === workflow.file));
  const names = /* @__PURE__ */ new Set([...call.inputs, ...callers.flatMap((c) => Object.keys(c.with))]);
  const out = [];
  for (const name3 of names) {
    const passed = callers.map((c) => c.with[name3]);
    const first = passed[0];
    let value = first && passed.every((p) => p?.value === first.value) ? first : void 0;
    if (passed.every((p) => p === void 0)) value = call.inputDefaults[name3];
    if (value) out.push({ name: name3, level: "input", text: value.value, span: value.span, shell: false });
  }
  return out;
}
function githubEnvBindings(step) {
  return githubFileBindings(step, "GITHUB_ENV");
}
function githubFileBindings(step, variable) {
  const run = step.run;
  if (!run) return [];
  const out = [];
  const echoes = (script, offset2, grouped) => {
    for (const cmd of parseScript(script)) {
      const toEnv = cmd.redirects.some((r) => r.op.endsWith(">>") && r.target?.raw.includes(variable));
      const name3 = cmd.words[0] ? wordText(cmd.words[0]) : "";
      if (!(toEnv || grouped) || name3 !== "echo" && name3 !== "printf") continue;
      for (const word of cmd.words.slice(1)) {
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)=([\s\S]*)$/.exec(wordText(word));
        if (!m?.[1]) continue;
        const valueAt = word.raw.indexOf("=") + 1;
        out.push({
          name: m[1],
          level: variable === "GITHUB_ENV" ? "github-env" : "github-output",
          text: m[2] ?? "",
          // The rest of the word as written: the value and its closing quote, if any.
          span: spanInScalar(run, offset2 + word.start + valueAt, word.raw.length - valueAt),
          shell: true
        });
      }
    }
  };
  echoes(run.value, 0, false);
  for (const group of run.value.matchAll(groupTo(variable))) {
    const inner = group[2] ?? "";
    echoes(inner, group.index + (group[1]?.length ?? 0) + 1, true);
  }
  return out;
}
function groupTo(variable) {
  return new RegExp(`(^|[;&|\\n]\\s*)[{(](\\s[\\s\\S]*?)[;\\s][})]\\s*>>\\s*"?\\$\\{?${variable}\\}?"?`, "g");
}
function assignmentBindings(cmd, locate) {
  const words = cmd.words.length === 0 ? cmd.assignments : [];
  const exported = cmd.words[0] && ["export", "declare", "local", "readonly"].includes(wordText(cmd.words[0])) ? cmd.words.slice(1) : [];
  const out = [];
  for (const word of [...words, ...exported]) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/.exec(wordText(word));
    if (!m?.[1]) continue;
    out.push({ name: m[1], level: "shell", text: m[2] ?? "", span: locate(word), shell: true });
  }
  return out;
}

// src/workflows/login-steps.ts
function normalizeRegistry(host2) {
  const h = host2.trim().replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "").toLowerCase();
  return h === legacyDockerHubDomain || h === "registry-1.docker.io" || h === "registry.hub.docker.com" ? dockerHubDomain : h;
}
var APP_TOKEN_ACTIONS = /(^|\/)(create-github-app-token|github-app-token)(@|$)/;
function classifyPassword(text, resolved, job) {
  if (text === void 0 || text.trim() === "") return { kind: "missing" };
  const paths = (resolved?.sources ?? []).flatMap(
    (s) => s.kind === "context" ? [s.path] : s.kind === "runner-env" ? [`env.${s.name}`] : []
  );
  const token = paths.find((p) => ["secrets.github_token", "github.token"].includes(p.toLowerCase()));
  if (token) return { kind: "github-token", reference: token };
  for (const path5 of paths) {
    const m = /^steps\.([^.]+)\.outputs\./.exec(path5);
    if (!m?.[1]) continue;
    const producer = job.steps.find((s) => s.id === m[1]);
    if (producer?.uses && APP_TOKEN_ACTIONS.test(producer.uses.value)) {
      return { kind: "app-token", stepId: m[1], action: producer.uses.value, reference: path5 };
    }
  }
  const secret = paths.find((p) => p.toLowerCase().startsWith("secrets."));
  if (secret) return { kind: "secret", name: secret.slice("secrets.".length), reference: secret };
  const envNames = (resolved?.sources ?? []).flatMap((s) => s.kind === "env" ? [`env.${s.name}`] : []);
  const written = resolved && resolved.sources.length === 0 && !text.includes("$");
  const fromLiteralEnv = resolved?.value !== void 0 && paths.length === 0 && envNames.length > 0;
  if (written || fromLiteralEnv) return { kind: "literal" };
  return { kind: "other", references: [...paths, ...envNames] };
}
function findLoginSteps(workflow, context = {}) {
  const out = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const scope = stepScope(workflow, job, step, context, void 0);
      const base = () => {
        const guards = stepGuards(job, step);
        return {
          file: workflow.file,
          jobId: job.id,
          stepIndex: step.index,
          stepId: step.id,
          stepSpan: step.span,
          guards,
          events: eventRuns(workflow, guards, scope, context)
        };
      };
      if (step.uses && /^docker\/login-action(@|$)/.test(step.uses.value)) {
        const registryText = step.with.registry;
        const registryValue = registryText ? resolveText(registryText.value, scope) : void 0;
        const password = step.with.password;
        out.push({
          ...base(),
          kind: "login-action",
          span: step.uses.span,
          registry: registryValue ? registryValue.value === void 0 ? void 0 : normalizeRegistry(registryValue.value) : dockerHubDomain,
          registryValue,
          username: step.with.username ? resolveText(step.with.username.value, scope) : void 0,
          password: password?.redacted ? { kind: "literal" } : classifyPassword(password?.value, password ? resolveText(password.value, scope) : void 0, job),
          passwordVia: password ? "input" : void 0
        });
      }
      if (step.run) {
        const run = step.run;
        const shellScope = { ...scope, bindings: [...scope.bindings] };
        for (const cmd of parseScript(run.value)) {
          const locate = (word) => spanInScalar(run, word.start, word.raw.length);
          shellScope.bindings.push(...assignmentBindings(cmd, locate));
          const login = detectLoginCommand(cmd);
          if (!login) continue;
          const resolve = (w) => w ? resolveSegments(w.segments, shellScope) : void 0;
          const registryValue = resolve(login.registry);
          const passwordText = login.password ? login.password.map((w) => w.raw).join(" ") : void 0;
          const passwordResolved = login.password ? joinValues(login.password.map((w) => resolveSegments(w.segments, shellScope))) : void 0;
          out.push({
            ...base(),
            kind: login.kind,
            span: locate(cmd.words[0]),
            registry: login.registry ? registryValue?.value === void 0 ? void 0 : normalizeRegistry(registryValue.value) : login.kind === "docker-login" ? dockerHubDomain : void 0,
            registryValue,
            username: resolve(login.username),
            password: classifyPassword(passwordText, passwordResolved, job),
            passwordVia: login.via
          });
        }
      }
    }
  }
  return out;
}
function joinValues(values) {
  const pieces = values.flatMap((v, i) => i === 0 ? v.pieces : [{ text: " ", known: true }, ...v.pieces]);
  const known = pieces.every((p) => p.known);
  return {
    text: values.map((v) => v.text).join(" "),
    value: known ? pieces.map((p) => p.text).join("") : void 0,
    pattern: pieces.map((p) => p.text).join(""),
    pieces,
    sources: values.flatMap((v) => v.sources),
    unknownFunctions: values.flatMap((v) => v.unknownFunctions)
  };
}
var LOGIN_TOOLS = {
  docker: "docker-login",
  podman: "podman-login",
  buildah: "buildah-login",
  skopeo: "skopeo-login",
  oras: "oras-login"
};
function detectLoginCommand(cmd) {
  const texts = cmd.words.map(wordText);
  const tool = (texts[0] ?? "").replace(/^.*\//, "");
  let kind;
  let rest = [];
  if (LOGIN_TOOLS[tool] && texts[1] === "login") {
    kind = LOGIN_TOOLS[tool];
    rest = cmd.words.slice(2);
  } else if (tool === "crane" && texts[1] === "auth" && texts[2] === "login") {
    kind = "crane-login";
    rest = cmd.words.slice(3);
  } else if (tool === "helm" && texts[1] === "registry" && texts[2] === "login") {
    kind = "helm-login";
    rest = cmd.words.slice(3);
  }
  if (!kind) return void 0;
  let registry;
  let username;
  let password;
  let via;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    const text = wordText(word);
    const eq = /^(--username|--password|-u|-p)=(.*)$/.exec(text);
    if (text === "-u" || text === "--username") {
      username = rest[++i];
    } else if (text === "-p" || text === "--password") {
      const next = rest[++i];
      password = next ? [next] : void 0;
      via = "flag";
    } else if (eq) {
      const sub = { ...word, segments: [{ text: eq[2] ?? "", quote: "none" }] };
      if (eq[1]?.includes("u")) username = sub;
      else {
        password = [sub];
        via = "flag";
      }
    } else if (text === "--password-stdin") {
      via = "stdin";
      password = stdinWords(cmd);
    } else if (!text.startsWith("-") && registry === void 0) {
      registry = word;
    }
  }
  return { kind, registry, username, password, via };
}
function stdinWords(cmd) {
  if (cmd.hereString) return [cmd.hereString];
  const feeder = cmd.pipedFrom;
  if (!feeder) return void 0;
  const name3 = feeder.words[0] ? wordText(feeder.words[0]) : "";
  const args = feeder.words.slice(1).filter((w) => !wordText(w).startsWith("-"));
  if (name3 === "echo") return args;
  if (name3 === "printf") return args.slice(1);
  return feeder.words;
}

// src/workflows/push-commands.ts
function parseArgs(words, valued) {
  const positional = [];
  const options = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const text = wordText(word);
    if (text === "--") {
      positional.push(...words.slice(i + 1));
      break;
    }
    if (text.startsWith("-") && text.length > 1) {
      const eq = text.indexOf("=");
      if (text.startsWith("--") && eq > 0) {
        options.push({ name: text.slice(0, eq), value: { word, part: text.slice(eq + 1) } });
      } else if (valued.has(text)) {
        const next = words[i + 1];
        options.push({ name: text, value: next ? { word: next } : void 0 });
        i++;
      } else {
        options.push({ name: text, value: void 0 });
      }
      continue;
    }
    positional.push(word);
  }
  return { positional, options };
}
function optionValues(args, ...names) {
  return args.options.filter((o) => names.includes(o.name) && o.value).map((o) => o.value);
}
function has(args, ...names) {
  return args.options.some((o) => names.includes(o.name));
}
function textOf(t) {
  return t.part ?? wordText(t.word);
}
function csvAttributes(entry) {
  const out = {};
  for (const field of splitCsv(entry)) {
    const eq = field.indexOf("=");
    if (eq > 0) out[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1).trim();
    else if (field.trim() !== "") out.type = out.type ?? field.trim();
  }
  return out;
}
function splitCsv(entry) {
  const fields = [];
  let current = "";
  let quoted2 = false;
  for (let i = 0; i < entry.length; i++) {
    const c = entry.charAt(i);
    if (entry.startsWith("${{", i)) {
      const end = expressionEnd(entry, i);
      const stop = end < 0 ? entry.length : end;
      current += entry.slice(i, stop);
      i = stop - 1;
    } else if (c === '"') quoted2 = !quoted2;
    else if (c === "," && !quoted2) {
      fields.push(current);
      current = "";
    } else current += c;
  }
  fields.push(current);
  return fields;
}
function outputPushes(attrs) {
  return attrs.type === "registry" || attrs.type === "image" && attrs.push === "true";
}
function outputNames(t) {
  const attrs = csvAttributes(textOf(t));
  if (!outputPushes(attrs) || !attrs.name) return [];
  return splitCsv(attrs.name).filter((n) => n.trim() !== "").map((n) => ({ word: t.word, part: n.trim() }));
}
var DOCKER_GLOBAL = /* @__PURE__ */ new Set(["--config", "-c", "--context", "-H", "--host", "-l", "--log-level"]);
var BUILD_VALUED = /* @__PURE__ */ new Set([
  "-t",
  "--tag",
  "-f",
  "--file",
  "--platform",
  "--build-arg",
  "--cache-from",
  "--cache-to",
  "--label",
  "-o",
  "--output",
  "--target",
  "--secret",
  "--ssh",
  "--builder",
  "--build-context",
  "--progress",
  "--iidfile",
  "--metadata-file",
  "--attest",
  "--network",
  "--annotation",
  "--shm-size",
  "--ulimit",
  "--add-host",
  "--allow",
  "--cgroup-parent",
  "--call"
]);
var BAKE_VALUED = /* @__PURE__ */ new Set([
  "-f",
  "--file",
  "--set",
  "--builder",
  "--progress",
  "--metadata-file",
  "--allow",
  "--call"
]);
var IMAGETOOLS_VALUED = /* @__PURE__ */ new Set(["-t", "--tag", "-f", "--file", "--annotation", "--builder", "--progress"]);
var PUSH_VALUED = /* @__PURE__ */ new Set([
  "--platform",
  "--authfile",
  "--cert-dir",
  "--creds",
  "--digestfile",
  "--format",
  "-f",
  "--sign-by",
  "--sign-by-sigstore",
  "--sign-by-sigstore-private-key",
  "--sign-passphrase-file",
  "--compression-format",
  "--compression-level",
  "--retry",
  "--retry-delay",
  "--encryption-key",
  "--signature-policy"
]);
var SKOPEO_VALUED = /* @__PURE__ */ new Set([
  "--src-creds",
  "--dest-creds",
  "--src-username",
  "--src-password",
  "--dest-username",
  "--dest-password",
  "--authfile",
  "--src-authfile",
  "--dest-authfile",
  "--format",
  "-f",
  "--sign-by",
  "--src-cert-dir",
  "--dest-cert-dir",
  "--additional-tag",
  "--digestfile",
  "--multi-arch",
  "--retry-times",
  "--src-registry-token",
  "--dest-registry-token",
  "--encryption-key",
  "--decryption-key",
  "--src-shared-blob-dir",
  "--dest-shared-blob-dir",
  "--dest-compress-format",
  "--dest-compress-level",
  "--image-parallel-copies",
  "--override-arch",
  "--override-os",
  "--override-variant"
]);
var CRANE_VALUED = /* @__PURE__ */ new Set(["--platform", "-j", "--jobs", "--image-refs"]);
var ORAS_VALUED = /* @__PURE__ */ new Set([
  "-u",
  "--username",
  "-p",
  "--password",
  "--artifact-type",
  "-a",
  "--annotation",
  "--annotation-file",
  "--config",
  "--export-manifest",
  "--concurrency",
  "--format",
  "--registry-config",
  "--image-spec",
  "--from",
  "--to"
]);
function stripTransport(t, transport) {
  const text = textOf(t);
  if (!text.startsWith(transport)) return void 0;
  return { word: t.word, part: text.slice(transport.length) };
}
function detectPushCommand(cmd) {
  const words = cmd.words;
  const tool = words[0] ? wordText(words[0]).replace(/^.*\//, "") : "";
  const readsMetadata = words.some((w) => /DOCKER_METADATA_OUTPUT_|steps\.[\w-]+\.outputs\.(json|tags)/.test(w.raw));
  const result = (kind, targets, extra = {}) => ({
    kind,
    targets,
    cache: [],
    labels: [],
    readsMetadata,
    ...extra
  });
  if (tool === "docker") {
    let k = 1;
    while (k < words.length && wordText(words[k]).startsWith("-")) {
      k += DOCKER_GLOBAL.has(wordText(words[k])) ? 2 : 1;
    }
    const sub = words.slice(k).map(wordText);
    const at = (n) => words.slice(k + n);
    if (sub[0] === "push" || sub[0] === "image" && sub[1] === "push") {
      const args = parseArgs(at(sub[0] === "push" ? 1 : 2), /* @__PURE__ */ new Set(["--platform"]));
      return result(
        "docker-push",
        args.positional.slice(0, 1).map((word) => ({ word }))
      );
    }
    const isBuild = sub[0] === "build" || sub[0] === "image" && sub[1] === "build" || sub[0] === "buildx" && (sub[1] === "build" || sub[1] === "b");
    if (isBuild) {
      const args = parseArgs(at(sub[0] === "build" ? 1 : 2), BUILD_VALUED);
      const outputs = optionValues(args, "-o", "--output");
      const pushes = has(args, "--push") || outputs.some((o) => outputPushes(csvAttributes(textOf(o))));
      if (!pushes) return void 0;
      const targets = [...optionValues(args, "-t", "--tag"), ...outputs.flatMap(outputNames)];
      return result("docker-build-push", targets, {
        cache: [
          ...optionValues(args, "--cache-from").map((entry) => ({ direction: "from", entry })),
          ...optionValues(args, "--cache-to").map((entry) => ({ direction: "to", entry }))
        ],
        labels: optionValues(args, "--label")
      });
    }
    if (sub[0] === "buildx" && sub[1] === "bake") {
      const args = parseArgs(at(2), BAKE_VALUED);
      const sets = optionValues(args, "--set");
      const pushes = has(args, "--push") || sets.some((s) => /\.output=/.test(textOf(s)) && outputPushes(csvAttributes(textOf(s).replace(/^[^=]*=/, ""))));
      if (!pushes) return void 0;
      const targets = sets.filter((s) => /^[^=]*\.tags=/.test(textOf(s))).map((s) => ({ word: s.word, part: textOf(s).replace(/^[^=]*\.tags=/, "") }));
      return result("buildx-bake-push", targets);
    }
    if (sub[0] === "buildx" && sub[1] === "imagetools" && sub[2] === "create") {
      const args = parseArgs(at(3), IMAGETOOLS_VALUED);
      if (has(args, "--dry-run")) return void 0;
      return result("imagetools-create", optionValues(args, "-t", "--tag"));
    }
    if (sub[0] === "manifest" && sub[1] === "push") {
      const args = parseArgs(at(2), /* @__PURE__ */ new Set());
      return result(
        "manifest-push",
        args.positional.slice(0, 1).map((word) => ({ word }))
      );
    }
    return void 0;
  }
  if (tool === "podman" || tool === "buildah") {
    const kind = tool === "podman" ? "podman-push" : "buildah-push";
    const sub = words.slice(1).map(wordText);
    const start = sub[0] === "push" ? 2 : (sub[0] === "image" || sub[0] === "manifest") && sub[1] === "push" ? 3 : 0;
    if (start === 0) return void 0;
    const args = parseArgs(words.slice(start), PUSH_VALUED);
    const [source, dest] = args.positional;
    const target = dest ?? source;
    if (!target) return result(kind, []);
    const t = { word: target };
    return result(kind, [stripTransport(t, "docker://") ?? t]);
  }
  if (tool === "skopeo" && words[1] && wordText(words[1]) === "copy") {
    const args = parseArgs(words.slice(2), SKOPEO_VALUED);
    const dest = args.positional[1];
    const target = dest ? stripTransport({ word: dest }, "docker://") : void 0;
    return target ? result("skopeo-copy", [target]) : void 0;
  }
  if (tool === "crane" && words[1]) {
    const sub = wordText(words[1]);
    const args = parseArgs(words.slice(2), CRANE_VALUED);
    const dest = args.positional[1];
    if (sub === "push") return result("crane-push", dest ? [{ word: dest }] : []);
    if (sub === "copy" || sub === "cp") return result("crane-copy", dest ? [{ word: dest }] : []);
    return void 0;
  }
  if (tool === "helm" && words[1] && wordText(words[1]) === "push") {
    const dest = words.slice(2).find((w) => wordText(w).startsWith("oci://"));
    const target = dest ? stripTransport({ word: dest }, "oci://") : void 0;
    return target ? result("helm-push", [target]) : void 0;
  }
  if (tool === "ko" && words[1] && ["build", "publish", "resolve", "apply"].includes(wordText(words[1]))) {
    return result("ko-build", [{ word: words[0], part: "$KO_DOCKER_REPO" }]);
  }
  if ((tool === "mvn" || tool === "mvnw" || tool === "gradle" || tool === "gradlew") && words.some((w) => /\bjib\b|jib:build/.test(w.raw))) {
    const option = words.find((w) => /^(-Dimage=|-Djib\.to\.image=|--image=)/.test(wordText(w)));
    if (!option) return void 0;
    const text = wordText(option);
    return result("jib-build", [{ word: option, part: text.slice(text.indexOf("=") + 1) }]);
  }
  if (tool === "oras" && words[1]) {
    const sub = wordText(words[1]);
    const args = parseArgs(words.slice(2), ORAS_VALUED);
    if (sub === "push")
      return result(
        "oras-push",
        args.positional.slice(0, 1).map((word) => ({ word }))
      );
    if (sub === "copy" || sub === "cp") {
      const dest = args.positional[1];
      return result("oras-push", dest ? [{ word: dest }] : []);
    }
  }
  return void 0;
}

// src/workflows/pushes/marketplace.ts
function throughBuildah(job, value) {
  const match = value && /^\$\{\{\s*steps\.([\w-]+)\.outputs\.(image|tags)\s*\}\}$/.exec(value.value.trim());
  if (!match) return value;
  const source = job.steps.find(
    (s) => s.id === match[1] && /^redhat-actions\/buildah-build(@|$)/.test(s.uses?.value ?? "")
  );
  return source?.with[match[2]] ?? value;
}
function marketplacePush(workflow, job, step, context) {
  const uses = step.uses?.value ?? "";
  const ghcr = /^macbre\/push-to-ghcr(@|$)/.test(uses);
  const redhat = /^redhat-actions\/push-to-registry(@|$)/.test(uses);
  if (!step.uses || !ghcr && !redhat) return void 0;
  const scopeFor = (matrix) => stepScope(workflow, job, step, context, matrix);
  const image = ghcr ? step.with.image_name : throughBuildah(job, step.with.image);
  if (!image) return void 0;
  const registry = ghcr ? "ghcr.io" : (step.with.registry?.value ?? "").trim().replace(/\/+$/, "");
  const tags = ghcr ? [""] : (throughBuildah(job, step.with.tags)?.value ?? "latest").match(/(?:\$\{\{[\s\S]*?\}\}|[^\s$]|\$(?!\{\{))+/g) ?? [];
  const legs = legsOf(job).map((matrix) => {
    const scope = scopeFor(matrix);
    const images = tags.map(
      (tag2) => toImageRef(resolveText(`${registry}/${image.value.trim()}${tag2 ? `:${tag2}` : ""}`, scope), image.span)
    );
    return { matrix, images, cache: [] };
  });
  const guards = stepGuards(job, step);
  return {
    kind: ghcr ? "push-to-ghcr" : "push-to-registry",
    file: workflow.file,
    jobId: job.id,
    stepIndex: step.index,
    stepId: step.id,
    stepName: step.name?.value,
    stepSpan: step.span,
    span: step.uses.span,
    push: { mode: "always", expression: void 0 },
    legs,
    labels: [],
    metadata: void 0,
    platforms: void 0,
    guards,
    events: eventRuns(workflow, guards, scopeFor(void 0), context)
  };
}

// src/workflows/push-steps.ts
function entries(scalar, commas) {
  if (!scalar) return [];
  const out = [];
  let offset2 = 0;
  for (const line of scalar.value.split("\n")) {
    const fields = commas ? splitCsv(line) : [line];
    let at = offset2;
    for (const field of fields) {
      const lead = field.length - field.trimStart().length;
      const text = field.trim();
      if (text !== "" && !text.startsWith("#")) out.push({ text, offset: at + lead });
      at += field.length + 1;
    }
    offset2 += line.length + 1;
  }
  return out;
}
function entrySpan(scalar, entry) {
  return spanInScalar(scalar, entry.offset, entry.text.length);
}
var METADATA_OUTPUT = /steps\.([\w-]+)\.outputs\.(tags|json|bake-file|bake-file-tags|labels)|DOCKER_METADATA_OUTPUT_/;
function isMetadataStep(step) {
  return step.uses !== void 0 && /^docker\/metadata-action(@|$)/.test(step.uses.value);
}
function metadataStepFor(job, text, before2) {
  const m = METADATA_OUTPUT.exec(text);
  if (!m) return void 0;
  if (m[1]) return job.steps.find((s) => s.id === m[1] && isMetadataStep(s));
  return [...job.steps].reverse().find((s) => s.index < before2 && isMetadataStep(s));
}
function metadataImages(workflow, job, meta, context, matrix) {
  const images = meta.with.images;
  if (!images) return [];
  const scope = stepScope(workflow, job, meta, context, matrix);
  const out = [];
  for (const entry of entries(images, false)) {
    let name3 = entry.text;
    let offset2 = entry.offset;
    if (/^[a-z-]+=/.test(entry.text)) {
      const attrs = csvAttributes(entry.text);
      if (attrs.enable === "false" || !attrs.name) continue;
      name3 = attrs.name;
      offset2 += Math.max(0, entry.text.indexOf(name3));
    }
    out.push(toImageRef(resolveText(name3, scope), spanInScalar(images, offset2, name3.length), "metadata-action"));
  }
  return out;
}
function metadataLink(workflow, job, meta, context) {
  const lines = (s) => entries(s, false).map((e) => ({ text: e.text, span: entrySpan(s, e) }));
  return {
    stepId: meta.id,
    stepIndex: meta.index,
    span: meta.span,
    images: metadataImages(workflow, job, meta, context, void 0),
    tags: lines(meta.with.tags),
    flavor: lines(meta.with.flavor)
  };
}
function cacheRefs(scalar, direction, scope) {
  if (!scalar) return [];
  return entries(scalar, false).map((entry) => {
    const attributes = csvAttributes(resolveText(entry.text, scope).pattern);
    const type = attributes.type ?? "registry";
    const refText = type === "registry" ? csvAttributes(entry.text).ref : void 0;
    const span = entrySpan(scalar, entry);
    const ref = refText ? toImageRef(
      resolveText(refText, scope),
      spanInScalar(scalar, entry.offset + Math.max(0, entry.text.indexOf(refText)), refText.length)
    ) : void 0;
    return { direction, type, attributes, ref, text: entry.text, span };
  });
}
function labelEntries(scalar, job, before2) {
  return entries(scalar, false).map((entry) => {
    const meta = /outputs\.labels|DOCKER_METADATA_OUTPUT_LABELS/.test(entry.text) ? metadataStepFor(job, entry.text, before2) : void 0;
    const eq = entry.text.indexOf("=");
    return {
      key: eq > 0 && !meta ? entry.text.slice(0, eq) : void 0,
      value: eq > 0 && !meta ? entry.text.slice(eq + 1) : void 0,
      text: entry.text,
      span: entrySpan(scalar, entry),
      fromMetadataStep: meta ? meta.id ?? `#${meta.index}` : void 0
    };
  });
}
function legsOf(job) {
  const combos = job.strategy?.matrix?.combinations;
  return combos && combos.length > 0 ? combos : [void 0];
}
function actionTargets(step, bake, outputs, setLines) {
  const targets = [];
  const tags = step.with.tags;
  if (!bake && tags) {
    for (const entry of entries(tags, true)) targets.push({ scalar: tags, text: entry.text, offset: entry.offset });
  }
  const set = step.with.set;
  if (bake && set) {
    for (const entry of setLines.filter((s) => /^[^=]*\.tags=/.test(s.text))) {
      const eq = entry.text.indexOf("=") + 1;
      targets.push({ scalar: set, text: entry.text.slice(eq), offset: entry.offset + eq });
    }
  }
  const output = step.with.outputs;
  for (const entry of output ? outputs : []) {
    const attrs = csvAttributes(entry.text);
    if (!outputPushes(attrs) || !attrs.name) continue;
    for (const name3 of splitCsv(attrs.name).map((n) => n.trim())) {
      if (name3 === "") continue;
      const offset2 = entry.offset + Math.max(0, entry.text.indexOf(name3));
      targets.push({ scalar: output, text: name3, offset: offset2 });
    }
  }
  return targets.filter((t) => !METADATA_OUTPUT.test(t.text));
}
function actionPush(workflow, job, step, context) {
  const uses = step.uses;
  if (!uses) return void 0;
  const bake = /^docker\/bake-action(@|$)/.test(uses.value);
  if (!bake && !/^docker\/build-push-action(@|$)/.test(uses.value)) return void 0;
  const pushInput = step.with.push;
  const outputs = entries(step.with.outputs, false);
  const setLines = entries(step.with.set, false);
  const outputPush = outputs.some((o) => outputPushes(csvAttributes(o.text))) || setLines.some((s) => /\.output=/.test(s.text) && outputPushes(csvAttributes(s.text.replace(/^[^=]*=/, ""))));
  const pushText = pushInput?.value.trim() ?? "";
  const conditional = pushText.includes("${{");
  if (!conditional && pushText !== "true" && !outputPush) return void 0;
  const mode = conditional && !outputPush ? "conditional" : "always";
  const scopeFor = (matrix) => stepScope(workflow, job, step, context, matrix);
  const targets = actionTargets(step, bake, outputs, setLines);
  const metaRefs = [
    ...!bake && step.with.tags ? [step.with.tags.value] : [],
    ...bake && step.with.files ? [step.with.files.value] : []
  ];
  const meta = metaRefs.map((text) => metadataStepFor(job, text, step.index)).find((m) => m !== void 0);
  const metadata = meta ? metadataLink(workflow, job, meta, context) : void 0;
  const legs = legsOf(job).map((matrix) => {
    const scope = scopeFor(matrix);
    const images = targets.map(
      (t) => toImageRef(resolveText(t.text, scope), spanInScalar(t.scalar, t.offset, t.text.length))
    );
    if (meta) images.push(...metadataImages(workflow, job, meta, context, matrix));
    return {
      matrix,
      images,
      cache: [...cacheRefs(step.with["cache-from"], "from", scope), ...cacheRefs(step.with["cache-to"], "to", scope)]
    };
  });
  const guards = stepGuards(job, step, mode === "conditional" ? pushInput : void 0);
  return {
    kind: bake ? "bake-action" : "build-push-action",
    file: workflow.file,
    jobId: job.id,
    stepIndex: step.index,
    stepId: step.id,
    stepName: step.name?.value,
    stepSpan: step.span,
    span: uses.span,
    push: { mode, expression: mode === "conditional" ? pushInput : void 0 },
    legs,
    labels: labelEntries(step.with.labels, job, step.index),
    metadata,
    platforms: step.with.platforms,
    guards,
    events: eventRuns(workflow, guards, scopeFor(void 0), context)
  };
}
function scriptPushes(workflow, job, step, context) {
  const run = step.run;
  if (!run) return [];
  const commands = parseScript(run.value);
  const locate = (word, part) => {
    const inner = part === void 0 ? 0 : Math.max(0, word.raw.indexOf(part));
    return spanInScalar(run, word.start + inner, part?.length ?? word.raw.length);
  };
  const guards = stepGuards(job, step);
  const out = [];
  const shellBindings = commands.map((cmd) => assignmentBindings(cmd, (w) => locate(w)));
  commands.forEach((cmd, index) => {
    const found = detectPushCommand(cmd);
    if (!found) return;
    const scopeFor = (matrix) => {
      const scope = stepScope(workflow, job, step, context, matrix);
      return { ...scope, bindings: [...scope.bindings, ...shellBindings.slice(0, index + 1).flat()] };
    };
    const resolveTarget = (t, scope) => t.part === void 0 ? resolveSegments(t.word.segments, scope) : resolveText(t.part, scope, { shell: true });
    const metaEnv = step.env.find((e) => METADATA_OUTPUT.test(e.value?.value ?? ""))?.value?.value;
    const viaEnv = (t) => metaEnv !== void 0 && /^"?\$\{?\w+\}?"?$/.test(t.part ?? t.word.raw);
    const meta = found.readsMetadata || found.targets.some(viaEnv) ? metadataStepFor(
      job,
      found.readsMetadata ? cmd.words.map((w) => w.raw).join(" ") : metaEnv ?? "",
      step.index
    ) : void 0;
    const legs = legsOf(job).map((matrix) => {
      const scope = scopeFor(matrix);
      const images = found.targets.filter((t) => !METADATA_OUTPUT.test(t.part ?? t.word.raw) && !(meta && viaEnv(t))).map((t) => toImageRef(resolveTarget(t, scope), locate(t.word, t.part)));
      if (meta) images.push(...metadataImages(workflow, job, meta, context, matrix));
      const cache = found.cache.map(({ direction, entry }) => {
        const text = entry.part ?? wordText(entry.word);
        const attributes = csvAttributes(resolveText(text, scope, { shell: true }).pattern);
        const type = attributes.type ?? "registry";
        const refText = type === "registry" ? csvAttributes(text).ref : void 0;
        return {
          direction,
          type,
          attributes,
          ref: refText ? toImageRef(resolveText(refText, scope, { shell: true }), locate(entry.word, refText)) : void 0,
          text,
          span: locate(entry.word, entry.part)
        };
      });
      return { matrix, images, cache };
    });
    out.push({
      kind: found.kind,
      file: workflow.file,
      jobId: job.id,
      stepIndex: step.index,
      stepId: step.id,
      stepName: step.name?.value,
      stepSpan: step.span,
      span: locate(cmd.words[0]),
      push: { mode: "always", expression: void 0 },
      legs,
      labels: found.labels.map((l) => {
        const text = l.part ?? wordText(l.word);
        const eq = text.indexOf("=");
        return {
          key: eq > 0 ? text.slice(0, eq) : void 0,
          value: eq > 0 ? text.slice(eq + 1) : void 0,
          text,
          span: locate(l.word, l.part),
          fromMetadataStep: void 0
        };
      }),
      metadata: meta ? metadataLink(workflow, job, meta, context) : void 0,
      platforms: void 0,
      guards,
      events: eventRuns(workflow, guards, scopeFor(void 0), context)
    });
  });
  return out;
}
function findPushSteps(workflow, context = {}) {
  const logins = findLoginSteps(workflow, context);
  const out = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const found = [
        ...step.uses ? [actionPush(workflow, job, step, context), marketplacePush(workflow, job, step, context)] : [],
        ...scriptPushes(workflow, job, step, context)
      ];
      for (const push of found) {
        if (!push) continue;
        const earlier = logins.filter(
          (l) => l.jobId === job.id && (l.stepIndex < step.index || l.stepIndex === step.index && before(l.span, push.span))
        );
        out.push({ ...push, logins: earlier });
      }
    }
  }
  return out;
}
function before(a, b) {
  return a.line < b.line || a.line === b.line && a.column < b.column;
}

// src/project/yaml-tree.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/project/script-variables.ts
var name2 = "[A-Za-z_][A-Za-z0-9_]*";
var quotedValue = `("[^"\\n]*"|'[^'\\n]*'|[^\\s;#]*)`;
var definitionPatterns = {
  dockerfile: new RegExp(`^[ \\t]*(?:ARG|ENV)[ \\t]+(${name2})=${quotedValue}`, "gim"),
  shell: new RegExp(
    `^[ \\t]*(?:export[ \\t]+|readonly[ \\t]+|local[ \\t]+|declare[ \\t]+(?:-\\w+[ \\t]+)?)?(${name2})=${quotedValue}`,
    "gm"
  ),
  dotenv: new RegExp(`^[ \\t]*(?:export[ \\t]+)?(${name2})=${quotedValue}`, "gm"),
  makefile: new RegExp(
    `^[ \\t]*(?:export[ \\t]+|override[ \\t]+)?(${name2})[ \\t]*(?::{1,3}|\\?|\\+)?=[ \\t]*([^#\\n]*?)[ \\t]*(?:#.*)?$`,
    "gm"
  )
};
var makeToken = new RegExp(`\\$[({](${name2})[)}]`, "g");

// src/project/git-remote.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
async function originRepository(root) {
  const gitDir = await findGitDir(root);
  if (!gitDir) return void 0;
  let config;
  try {
    config = await readFile2(path2.join(gitDir, "config"), "utf8");
  } catch {
    return void 0;
  }
  const url = originUrl(config);
  return url === void 0 ? void 0 : repositoryFromUrl(url);
}
async function findGitDir(root) {
  const dotGit = path2.join(root, ".git");
  try {
    const info = await stat2(dotGit);
    if (info.isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile2(dotGit, "utf8"))?.[1]?.trim();
    if (!pointer) return void 0;
    const gitDir = path2.resolve(root, pointer);
    const common = await readFile2(path2.join(gitDir, "commondir"), "utf8").catch(() => void 0);
    return common ? path2.resolve(gitDir, common.trim()) : gitDir;
  } catch {
    return void 0;
  }
}
function originUrl(config) {
  let inOrigin = false;
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[(.+)\]\s*$/.exec(line)?.[1];
    if (section !== void 0) {
      inOrigin = /^remote\s+"origin"$/.test(section.trim());
      continue;
    }
    const url = inOrigin ? /^\s*url\s*=\s*(.+?)\s*$/.exec(line)?.[1] : void 0;
    if (url) return url;
  }
  return void 0;
}
function repositoryFromUrl(url) {
  const onServer = /^(?:https?|ssh|git):\/\/[^/]+\//i.test(url) || /^[\w.-]+@[\w.-]+:(?!\/)/.test(url);
  if (!onServer) return void 0;
  const match = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : void 0;
}

// src/project/plan.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/github/errors.ts
function isHttpError(error) {
  const e = error;
  return typeof e === "object" && e !== null && e.name === "HttpError" && typeof e.status === "number";
}
function githubStatus(error) {
  return isHttpError(error) ? error.status : void 0;
}
function githubMessage(error) {
  if (!isHttpError(error)) return void 0;
  const data = error.response?.data;
  return typeof data?.message === "string" ? data.message : void 0;
}
function toGitHubError(error, context) {
  if (error instanceof DockhandError) return error;
  if (!isHttpError(error)) {
    const reason2 = error instanceof Error ? error.message : String(error);
    return new DockhandError("GITHUB_UNAVAILABLE", `GitHub could not be reached to ${context.action}: ${reason2}`, {
      exit: 3,
      details: { ...context.details },
      cause: error
    });
  }
  const status = error.status;
  const message = githubMessage(error) ?? error.message;
  const details = {
    ...context.details,
    status,
    method: error.request.method,
    url: error.request.url
  };
  const documentation = error.response?.data?.documentation_url;
  if (typeof documentation === "string") details.documentation_url = documentation;
  const text = `GitHub refused to ${context.action}: ${status} ${message}`;
  if (status === 404) {
    return new DockhandError("GITHUB_NOT_FOUND", text, {
      exit: 1,
      details,
      hint: context.notFoundHint ?? "check the name, and that the token can see it (GitHub answers 404 for both)"
    });
  }
  if (status === 401) {
    return new DockhandError("GITHUB_UNAUTHORIZED", text, {
      exit: 3,
      details,
      hint: "the token is missing, expired or revoked; pass --token or set GITHUB_TOKEN / GH_TOKEN"
    });
  }
  const remaining = error.response?.headers["x-ratelimit-remaining"];
  if (status === 429 || status === 403 && String(remaining) === "0") {
    return new DockhandError("GITHUB_RATE_LIMITED", text, {
      exit: 3,
      details,
      hint: "wait for the rate limit to reset (x-ratelimit-reset) or use another token"
    });
  }
  if (status === 403) return new DockhandError("GITHUB_FORBIDDEN", text, { exit: 3, details });
  if (status >= 500) return new DockhandError("GITHUB_UNAVAILABLE", text, { exit: 3, details });
  return new DockhandError("GITHUB_REFUSED", text, { exit: 3, details });
}
async function githubCall(context, call) {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, context);
  }
}

// src/github/repos.ts
function split(fullName) {
  const [owner, repo, ...rest] = fullName.split("/");
  if (!owner || !repo || rest.length > 0) throw new TypeError(`not an OWNER/REPO name: ${fullName}`);
  return { owner, repo };
}
async function getRepository(client, fullName) {
  const response = await githubCall(
    { action: `read the repository ${fullName}`, details: { repository: fullName } },
    () => client.octokit.rest.repos.get(split(fullName))
  );
  return response.data;
}
async function getWorkflowPermissions(client, fullName) {
  const response = await githubCall(
    { action: `read the default workflow permissions of ${fullName}`, details: { repository: fullName } },
    () => client.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(split(fullName))
  );
  return response.data;
}

// src/github/actions.ts
async function listWorkflowRuns(client, repository, filter = {}) {
  const limit = filter.limit ?? 30;
  const runs = [];
  await githubCall({ action: `list the workflow runs of ${repository}`, details: { repository } }, async () => {
    const pages = client.octokit.paginate.iterator(client.octokit.rest.actions.listWorkflowRunsForRepo, {
      ...split(repository),
      per_page: Math.min(100, limit),
      ...filter.status ? { status: filter.status } : {},
      ...filter.event ? { event: filter.event } : {},
      ...filter.branch ? { branch: filter.branch } : {}
    });
    for await (const page of pages) {
      for (const run of page.data) if (runs.length < limit) runs.push(run);
      if (runs.length >= limit) break;
    }
  });
  return runs;
}
async function getWorkflowRun(client, repository, runId) {
  const response = await githubCall(
    { action: `read run ${runId} of ${repository}`, details: { repository, run: runId } },
    () => client.octokit.rest.actions.getWorkflowRun({ ...split(repository), run_id: runId })
  );
  return response.data;
}
async function listJobsForRun(client, repository, runId) {
  return githubCall(
    { action: `list the jobs of run ${runId} in ${repository}`, details: { repository, run: runId } },
    () => client.octokit.paginate(client.octokit.rest.actions.listJobsForWorkflowRun, {
      ...split(repository),
      run_id: runId,
      per_page: 100
    })
  );
}
async function downloadJobLog(client, repository, jobId) {
  const response = await githubCall(
    { action: `download the log of job ${jobId} in ${repository}`, details: { repository, job: jobId } },
    () => client.octokit.rest.actions.downloadJobLogsForWorkflowRun({ ...split(repository), job_id: jobId })
  );
  const data = response.data;
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  return String(data);
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var VERSION = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request3, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request3),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request3, options) {
  const response = await request3(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest2(state, request3, options) {
  return state.retryLimiter.schedule(doRequest, state, request3, options);
}
async function doRequest(state, request3, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request3.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request3, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path5) => path5.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request3, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request3.retryCount;
      request3.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request3.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request3, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request3, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name3, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name3)) {
    return name3.reverse().reduce((callback, name4) => {
      return register.bind(null, state, name4, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name3]) {
      return method(options);
    }
    return state.registry[name3].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name3, hook2) {
  const orig = hook2;
  if (!state.registry[name3]) {
    state.registry[name3] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name3].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name3, method) {
  if (!state.registry[name3]) {
    return;
  }
  const index = state.registry[name3].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name3].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name3) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name3 ? [state, name3] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name3 ? [state, kind, name3] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION3} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator2 = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator2 + names.map((name3) => {
    if (name3 === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name3}=${encodeURIComponent(parameters[name3])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator2 = ",";
          if (operator === "?") {
            separator2 = "&";
          } else if (operator !== "#") {
            separator2 = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator2);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject2 = val !== null && typeof val === "object";
    const hasToJSON = isObject2 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION4 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION4} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop2 = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name3, value]) => [
      name3,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders2 = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders2[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders2,
    data: ""
  };
  if ("deprecation" in responseHeaders2) {
    const matches = responseHeaders2.link && responseHeaders2.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders2.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop2);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop2);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request22 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request22, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request22, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION5 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request22, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request22;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request22, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request22.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request22(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request22, newDefaults) {
  const newRequest = request22.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION5} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request3, route, parameters) {
  const endpoint2 = request3.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request3(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION6 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop3 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop3;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop3;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION6} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION6;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION7 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request3, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path5 = requestOptions.url.replace(options.baseUrl, "");
    return request3(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path5} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path5} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION7;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION8 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION8;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION9 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name3, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name3 in options2) {
          octokit.log.warn(
            `"${name3}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name3];
          }
          delete options2[name3];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION9;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION9;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION10 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION10}`
  }
);

// src/oci/digest.ts
import { createRequire } from "node:module";
import { Transform } from "node:stream";
var require2 = createRequire(import.meta.url);
var crypto;
function createHash(algorithm) {
  crypto ??= require2("node:crypto");
  return crypto.createHash(algorithm);
}
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var HEX_LENGTH = { sha256: 64, sha512: 128 };
function isAlgorithm(value) {
  return value === "sha256" || value === "sha512";
}
function invalid(input, problem, hint) {
  return new DockhandError("DIGEST_INVALID", `invalid digest "${input}": ${problem}`, {
    ...hint ? { hint } : {},
    details: { digest: input }
  });
}
function parseDigest(input) {
  const colon = input.indexOf(":");
  if (colon < 0) {
    const hint = /^[0-9a-f]{64}$/i.test(input) ? `sha256:${input.toLowerCase()}` : void 0;
    throw invalid(input, "missing the algorithm prefix (e.g. sha256:)", hint && `did you mean ${hint}?`);
  }
  const algorithm = input.slice(0, colon);
  const hex = input.slice(colon + 1);
  if (!isAlgorithm(algorithm)) {
    throw invalid(input, `unsupported algorithm "${algorithm}" (sha256 and sha512 are supported)`);
  }
  const expected = HEX_LENGTH[algorithm];
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw invalid(input, "the encoded part is not hexadecimal");
  if (hex !== hex.toLowerCase()) {
    throw invalid(input, "hex must be lower case", `did you mean ${algorithm}:${hex.toLowerCase()}?`);
  }
  if (hex.length !== expected) {
    throw invalid(input, `${algorithm} needs ${expected} hex characters, got ${hex.length}`);
  }
  return { algorithm, hex };
}
function isDigest(input) {
  try {
    parseDigest(input);
    return true;
  } catch {
    return false;
  }
}
function computeDigest(bytes, algorithm = "sha256") {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
}
function createHasher(algorithm = "sha256") {
  const hash = createHash(algorithm);
  let size = 0;
  return {
    algorithm,
    get size() {
      return size;
    },
    update(bytes) {
      hash.update(bytes);
      size += bytes.byteLength;
    },
    digest() {
      return `${algorithm}:${hash.digest("hex")}`;
    }
  };
}
var VERIFIED = /* @__PURE__ */ Symbol("dockhand.verifiedDigest");
function markVerified(stream, digest2) {
  Object.defineProperty(stream, VERIFIED, { value: digest2 });
  return stream;
}
function verifiedDigest(stream) {
  if (typeof stream !== "object" || stream === null) return void 0;
  const digest2 = stream[VERIFIED];
  return typeof digest2 === "string" ? digest2 : void 0;
}
function digestCheck(expectedDigest, expectedSize, name3) {
  const hasher = createHasher(parseDigest(expectedDigest).algorithm);
  const what = name3 ?? `blob ${expectedDigest}`;
  const sizeError = (got) => new DockhandError("SIZE_INVALID", `${what}: expected ${expectedSize} bytes, got ${got}`, {
    exit: 3,
    details: { digest: expectedDigest, expectedSize }
  });
  return {
    get bytesSeen() {
      return hasher.size;
    },
    update(chunk) {
      hasher.update(chunk);
      return expectedSize !== void 0 && hasher.size > expectedSize ? sizeError(`more (${hasher.size} so far)`) : void 0;
    },
    finish() {
      if (expectedSize !== void 0 && hasher.size !== expectedSize) return sizeError(String(hasher.size));
      const actual = hasher.digest();
      if (actual === expectedDigest) return void 0;
      return new DockhandError("DIGEST_INVALID", `${what}: content does not match its digest (got ${actual})`, {
        exit: 3,
        details: { digest: expectedDigest, actual, size: hasher.size }
      });
    }
  };
}
function verifyingStream(expectedDigest, expectedSize, options = {}) {
  const check = digestCheck(expectedDigest, expectedSize, options.name);
  const stream = new Transform({
    transform(chunk, _encoding, callback) {
      const error = check.update(chunk);
      if (error) callback(error);
      else callback(null, chunk);
    },
    flush(callback) {
      callback(check.finish());
    }
  });
  Object.defineProperty(stream, "bytesSeen", { get: () => check.bytesSeen });
  markVerified(stream, expectedDigest);
  return stream;
}

// src/store/fileSend.ts
var SEND_CHUNK = 256 * 1024;

// src/store/files.ts
var READ_CHUNK = 1024 * 1024;
var WRITE_BUFFER = 8 * 1024 * 1024;

// src/github/conditional.ts
function useConditionalRequests(octokit, cache, onNotModified = () => {
}) {
  octokit.hook.wrap("request", async (request3, options) => {
    if ((options.method ?? "GET").toUpperCase() !== "GET") return request3(options);
    const url = octokit.request.endpoint.parse(options).url;
    const cached = cache.get(url);
    if (cached) options.headers = { ...options.headers, "if-none-match": cached.etag };
    try {
      const response = await request3(options);
      const etag = response.headers.etag;
      if (typeof etag === "string") {
        const link = response.headers.link;
        cache.set(url, { etag, data: response.data, ...typeof link === "string" ? { link } : {} });
      }
      return response;
    } catch (error) {
      const status = error.status;
      if (status !== 304 || !cached) throw error;
      onNotModified();
      const headers = error.response?.headers ?? {};
      return {
        status: 200,
        url,
        headers: { ...headers, ...cached.link ? { link: cached.link } : {} },
        data: cached.data
      };
    }
  });
}

// src/github/client.ts
var DockhandOctokit = Octokit2.plugin(retry, throttling);
function headerNumber(headers, name3) {
  const value = Number(headers?.[name3]);
  return headers?.[name3] === void 0 || Number.isNaN(value) ? void 0 : value;
}
function createGitHubClient(options = {}) {
  const apiUrl = (options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, "");
  const retries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const onLimit = (kind) => (retryAfter, request3, _o, count) => {
    if (count >= retries || retryAfter > maxWait) return false;
    options.onWait?.(`GitHub ${kind} rate limit on ${request3.method} ${request3.url}: retrying in ${retryAfter}s`);
    return true;
  };
  const octokit = new DockhandOctokit({
    baseUrl: apiUrl,
    ...options.token ? { auth: options.token } : {},
    userAgent: "dockhand",
    // Octokit logs warnings (deprecations, rate limits) to the console by default; dockhand reports them itself.
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } },
    throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
    retry: { retries: 2 }
  });
  const rate = { requests: 0, notModified: 0 };
  const record = (headers) => {
    rate.requests++;
    const remaining = headerNumber(headers, "x-ratelimit-remaining");
    if (remaining === void 0) return;
    rate.remaining = remaining;
    const limit = headerNumber(headers, "x-ratelimit-limit");
    const reset = headerNumber(headers, "x-ratelimit-reset");
    if (limit !== void 0) rate.limit = limit;
    if (reset !== void 0) rate.reset = reset;
  };
  octokit.hook.after("request", (response) => record(response.headers));
  octokit.hook.error("request", (error) => {
    record(error.response?.headers);
    throw error;
  });
  if (options.conditionalCache) {
    useConditionalRequests(octokit, options.conditionalCache, () => rate.notModified++);
  }
  return { octokit, apiUrl, authenticated: Boolean(options.token), rate };
}

// src/github/packages.ts
function prefix(owner) {
  if (owner.type === "org") return { path: "/orgs/{org}", params: { org: owner.login } };
  if (owner.type === "user") return { path: "/users/{username}", params: { username: owner.login } };
  return { path: "/user", params: {} };
}
function where(owner, name3) {
  return name3 === void 0 ? owner.login : `${owner.login}/${name3}`;
}
async function resolvePackageOwner(client, login, authenticatedLogin) {
  if (authenticatedLogin !== void 0 && authenticatedLogin.toLowerCase() === login.toLowerCase()) {
    return { type: "authenticated", login: authenticatedLogin };
  }
  const response = await githubCall(
    { action: `look up the account ${login}`, details: { owner: login } },
    () => client.octokit.request("GET /users/{username}", { username: login })
  );
  return { type: response.data.type === "Organization" ? "org" : "user", login: response.data.login };
}
async function getPackage(client, owner, name3) {
  const { path: path5, params } = prefix(owner);
  const response = await githubCall(
    { action: `read the package ${where(owner, name3)}`, details: { owner: owner.login, package: name3 } },
    () => client.octokit.request(`GET ${path5}/packages/{package_type}/{package_name}`, {
      ...params,
      package_type: "container",
      package_name: name3
    })
  );
  return response.data;
}
async function listPackageVersions(client, owner, name3, options = {}) {
  const { path: path5, params } = prefix(owner);
  const state = options.state ?? "active";
  return githubCall(
    { action: `list the ${state} versions of ${where(owner, name3)}`, details: { owner: owner.login, package: name3 } },
    () => client.octokit.paginate(`GET ${path5}/packages/{package_type}/{package_name}/versions`, {
      ...params,
      package_type: "container",
      package_name: name3,
      state,
      per_page: 100
    })
  );
}
function versionTags(version) {
  return version.metadata?.container?.tags ?? [];
}

// src/github/token.ts
var PREFIXES = [
  ["github_pat_", "fine_grained_pat"],
  ["ghp_", "classic_pat"],
  ["ghs_", "installation"],
  ["gho_", "oauth"],
  ["ghu_", "user_to_server"],
  ["ghr_", "refresh"]
];
function tokenKind(token) {
  for (const [prefix2, kind] of PREFIXES) if (token.startsWith(prefix2)) return kind;
  return "unknown";
}
function parseScopes(header) {
  if (header === void 0) return void 0;
  return header.split(",").map((scope) => scope.trim()).filter((scope) => scope !== "");
}
function hasScope(scopes, needed) {
  if (scopes.includes(needed)) return true;
  const implied = {
    "read:packages": ["write:packages"],
    "read:org": ["write:org", "admin:org"],
    "write:org": ["admin:org"]
  };
  if ((implied[needed] ?? []).some((scope) => scopes.includes(scope))) return true;
  return needed.startsWith("repo:") && scopes.includes("repo");
}
async function getTokenFacts(client, token) {
  const kind = tokenKind(token);
  try {
    const response = await client.octokit.request("GET /user");
    return {
      kind,
      login: response.data.login,
      scopes: parseScopes(response.headers["x-oauth-scopes"]),
      expiresAt: response.headers["github-authentication-token-expiration"]
    };
  } catch (error) {
    if (kind === "installation" && githubStatus(error) === 403) {
      return { kind, login: void 0, scopes: void 0, expiresAt: void 0 };
    }
    return githubCall({ action: "read the token's user (GET /user)" }, () => Promise.reject(error));
  }
}

// src/registry/body.ts
async function readCapped(stream, max, tooLarge2) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > max) {
      abandon(stream);
      throw tooLarge2(size);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}
async function readTextPrefix(stream, max = 64 * 1024) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      if (size < max) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        chunks.push(buffer);
        size += buffer.length;
      }
    }
  } catch {
  }
  return Buffer.concat(chunks).subarray(0, max).toString("utf8");
}
async function discard(stream) {
  try {
    for await (const _ of stream) {
    }
  } catch {
  }
}
function abandon(stream) {
  stream.on("error", () => {
  });
  stream.destroy();
}

// src/registry/challenge.ts
function parseChallenge(header) {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return void 0;
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(value);
  if (!match?.[1]) return void 0;
  const params = {};
  const pattern = /([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const param of (match[2] ?? "").matchAll(pattern)) {
    const name3 = param[1]?.toLowerCase();
    if (!name3 || name3 in params) continue;
    params[name3] = param[2] !== void 0 ? param[2].replace(/\\(.)/g, "$1") : param[3] ?? "";
  }
  return { scheme: match[1].toLowerCase(), params };
}
function repositoryScope(repo, actions) {
  return `repository:${repo}:${actions.join(",")}`;
}
var CATALOG_SCOPE = "registry:catalog:*";

// src/registry/errors.ts
var STATUS_CODES = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "DENIED",
  404: "NOT_FOUND",
  405: "UNSUPPORTED",
  408: "TIMEOUT",
  409: "CONFLICT",
  413: "TOO_LARGE",
  416: "RANGE_INVALID",
  429: "TOOMANYREQUESTS"
};
function codeForStatus(status) {
  return STATUS_CODES[status] ?? (status >= 500 ? "REGISTRY_UNAVAILABLE" : `HTTP_${status}`);
}
function exitFor(code, status) {
  if (status === 404 || code.endsWith("_UNKNOWN") || code === "NOT_FOUND") return 1;
  return 3;
}
var RegistryError = class extends DockhandError {
  status;
  request;
  host;
  errors;
  scope;
  constructor(code, message, init) {
    const errors = init.errors ?? [];
    super(code, message, {
      exit: exitFor(code, init.status),
      ...init.hint ? { hint: init.hint } : {},
      details: {
        host: init.host,
        request: init.request,
        ...init.status !== void 0 ? { status: init.status } : {},
        ...init.scope ? { scope: init.scope } : {},
        ...errors.length > 0 ? { errors } : {},
        ...digestDetail(errors)
      },
      cause: init.cause
    });
    this.name = "RegistryError";
    this.status = init.status;
    this.request = init.request;
    this.host = init.host;
    this.errors = errors;
    this.scope = init.scope;
  }
};
function digestDetail(errors) {
  const detail = errors[0]?.detail;
  const digest2 = typeof detail === "string" ? detail : typeof detail === "object" && detail !== null ? detail.digest : void 0;
  return typeof digest2 === "string" && /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest2) ? { digest: digest2 } : {};
}
function parseErrorBody(text) {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  try {
    const body = JSON.parse(trimmed);
    if (body && typeof body === "object") {
      const record = body;
      if (Array.isArray(record.errors)) {
        return record.errors.filter((e) => Boolean(e) && typeof e === "object").map((e) => ({
          code: typeof e.code === "string" ? e.code : "UNKNOWN",
          message: typeof e.message === "string" ? e.message : "",
          ...e.detail !== void 0 ? { detail: e.detail } : {}
        }));
      }
      const message = [record.details, record.error_description, record.message, record.error].find(
        (v) => typeof v === "string"
      );
      if (message) return [{ code: typeof record.code === "string" ? record.code : "", message }];
    }
  } catch {
  }
  return [{ code: "", message: trimmed.slice(0, 500) }];
}
function describeRequest(method, url) {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    return `${method} ${parsed.toString()}`;
  } catch {
    return `${method} ${url}`;
  }
}
function errorFromResponse(status, bodyText, init) {
  const errors = parseErrorBody(bodyText);
  const first = errors[0];
  const code = first?.code ? first.code : codeForStatus(status);
  const quoted2 = errors.map((e) => e.code ? `${e.code.toLowerCase()}: ${e.message}` : e.message).filter((m) => m !== "").join("; ");
  const subject = init.what ? `${init.what}: ` : "";
  let message = `${subject}${init.host} answered ${status}${quoted2 ? ` (${quoted2})` : ""} to ${init.request}`;
  let hint;
  if (status === 401 || status === 403) {
    const scope = init.scope ? ` for scope "${init.scope}"` : "";
    message = `${subject}${init.host} refused access${scope} (${status}${quoted2 ? `: ${quoted2}` : ""}) on ${init.request}`;
    hint = status === 401 ? `log in to ${init.host} (docker login, or GITHUB_TOKEN for GitHub's registry) with a token that can do this` : `the credentials used for ${init.host} lack this permission; check the token's scopes and the package's access settings`;
  } else if (status === 429) {
    hint = "the registry is rate-limiting; wait and retry, or authenticate for a higher limit";
  }
  return new RegistryError(code, message, {
    status,
    request: init.request,
    host: init.host,
    errors,
    ...init.scope ? { scope: init.scope } : {},
    ...hint ? { hint } : {}
  });
}
function networkError(error, init) {
  const cause = describeCause(error);
  return new RegistryError("NETWORK", `cannot reach registry ${init.host}: ${cause} (${init.request})`, {
    request: init.request,
    host: init.host,
    cause: error,
    hint: `check that ${init.host} is the right host and reachable (for a local plain-HTTP registry, use --plain-http ${init.host})`
  });
}
function describeCause(error) {
  if (error instanceof Error) {
    const code = error.code;
    const inner = error.cause instanceof Error ? describeCause(error.cause) : void 0;
    const own = typeof code === "string" && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
    return inner && !own.includes(inner) ? `${own}: ${inner}` : own;
  }
  return String(error);
}

// src/registry/auth.ts
var DEFAULT_EXPIRES_IN = 60;
function basicHeader(credential) {
  if (credential.username === void 0 || credential.password === void 0) return void 0;
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
}
var Authenticator = class {
  constructor(options) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }
  options;
  challenges = /* @__PURE__ */ new Map();
  tokens = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Map();
  now;
  /** The credential source in use (for diagnostics). */
  get credentials() {
    return this.options.credentials;
  }
  /**
   * The Authorization header to send for `scopes` on `host` before any challenge of this request: a cached or
   * freshly fetched token when the host is known to want one, Basic credentials for a Basic host, else none.
   */
  async authorization(host2, scopes, signal) {
    const challenge = this.challenges.get(host2);
    if (!challenge) return void 0;
    if (challenge.scheme === "basic") {
      const credential = await this.options.credentials(host2);
      return credential ? basicHeader(credential) : void 0;
    }
    if (challenge.scheme !== "bearer") return void 0;
    return (await this.token(host2, challenge, scopes, signal)).header;
  }
  /**
   * Handles a 401: records the challenge and returns a new Authorization header to retry with, or undefined when
   * there is nothing better to send than `failed` (the header that was just refused).
   */
  async answer(host2, header, scopes, failed, signal) {
    const challenge = parseChallenge(header);
    if (!challenge) return void 0;
    this.challenges.set(host2, challenge);
    if (challenge.scheme === "basic") {
      const credential = await this.options.credentials(host2);
      const basic = credential ? basicHeader(credential) : void 0;
      return basic && basic !== failed ? basic : void 0;
    }
    if (challenge.scheme !== "bearer") return void 0;
    const all = withChallengeScope(scopes, challenge);
    const key = cacheKey(host2, all);
    if (failed && this.tokens.get(key)?.header === failed) this.tokens.delete(key);
    const token = await this.token(host2, challenge, all, signal);
    return token.header === failed ? void 0 : token.header;
  }
  async token(host2, challenge, scopes, signal) {
    const key = cacheKey(host2, scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.now()) return cached;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.fetchToken(host2, challenge, scopes, signal).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    const token = await pending;
    this.tokens.set(key, token);
    return token;
  }
  async fetchToken(host2, challenge, scopes, signal) {
    const realm = challenge.params.realm;
    const scopeText = scopes.join(" ");
    if (!realm) {
      throw new RegistryError("UNAUTHORIZED", `${host2} asked for a bearer token but named no realm to get it from`, {
        host: host2,
        request: `GET ${host2}`,
        ...scopeText ? { scope: scopeText } : {}
      });
    }
    const credential = await this.options.credentials(host2);
    if (credential?.registryToken) {
      return { header: `Bearer ${credential.registryToken}`, expiresAt: Number.POSITIVE_INFINITY };
    }
    const service = challenge.params.service;
    const startedAt = this.now();
    let response;
    if (credential?.identityToken) {
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credential.identityToken,
        client_id: "dockhand"
      });
      if (service) form.set("service", service);
      if (scopeText) form.set("scope", scopeText);
      response = await this.options.send({
        host: host2,
        method: "POST",
        url: realm,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: form.toString(),
        signal
      });
    } else {
      const url = new URL(realm);
      if (service) url.searchParams.set("service", service);
      for (const scope of scopes) url.searchParams.append("scope", scope);
      const basic = credential ? basicHeader(credential) : void 0;
      response = await this.options.send({
        host: host2,
        method: "GET",
        url: url.toString(),
        headers: basic ? { authorization: basic } : {},
        signal
      });
    }
    if (response.status !== 200) {
      throw errorFromResponse(response.status === 404 ? 401 : response.status, response.text, {
        request: response.request,
        host: host2,
        ...scopeText ? { scope: scopeText } : {},
        what: `token for ${host2}`
      });
    }
    let body;
    try {
      body = JSON.parse(response.text);
    } catch {
      body = {};
    }
    const token = typeof body.token === "string" ? body.token : typeof body.access_token === "string" ? body.access_token : "";
    if (token === "") {
      throw new RegistryError(
        "UNAUTHORIZED",
        `the token server of ${host2} answered without a token (${response.request})`,
        {
          host: host2,
          request: response.request,
          status: response.status
        }
      );
    }
    const expiresIn = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in : DEFAULT_EXPIRES_IN;
    const margin = Math.min(10, expiresIn / 10) * 1e3;
    return { header: `Bearer ${token}`, expiresAt: startedAt + expiresIn * 1e3 - margin };
  }
};
function cacheKey(host2, scopes) {
  return `${host2} ${[...scopes].sort().join(" ")}`;
}
function withChallengeScope(scopes, challenge) {
  const asked = challenge.params.scope;
  if (!asked) return scopes;
  const extra = asked.split(" ").filter((s) => s !== "" && !scopes.includes(s));
  return [...scopes, ...extra];
}

// src/oci/mediaTypes.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_EMPTY = "application/vnd.oci.empty.v1+json";
var OCI_EMPTY_DESCRIPTOR = Object.freeze({
  mediaType: OCI_EMPTY,
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2,
  data: "e30="
});
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var DOCKER_MANIFEST_SCHEMA1 = "application/vnd.docker.distribution.manifest.v1+json";
var DOCKER_MANIFEST_SCHEMA1_SIGNED = "application/vnd.docker.distribution.manifest.v1+prettyjws";
var MANIFEST_MEDIA_TYPES = Object.freeze([
  OCI_INDEX,
  OCI_MANIFEST,
  DOCKER_MANIFEST_LIST,
  DOCKER_MANIFEST
]);
var MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(", ");

// src/oci/shape.ts
var Problems = class {
  list = [];
  /** Records a problem with the field at `path` (`layers[0].digest`; empty for the document itself). */
  add(path5, message) {
    this.list.push(`${path5 || "(document)"}: ${message}`);
  }
  /** How many problems were recorded (compare before and after a check to see whether it failed). */
  get count() {
    return this.list.length;
  }
};
function fieldPath(path5, key) {
  if (typeof key === "number") return `${path5}[${key}]`;
  return path5 ? `${path5}.${key}` : key;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringField(record, key, path5, problems, options = {}) {
  const value = record[key];
  const at = fieldPath(path5, key);
  if (value === void 0) {
    if (options.required) problems.add(at, "is required");
    return void 0;
  }
  if (typeof value !== "string") {
    problems.add(at, `must be a string, not ${describe(value)}`);
    return void 0;
  }
  if (options.nonEmpty && value === "") {
    problems.add(at, `${key} must not be empty`);
    return void 0;
  }
  const problem = options.check?.(value);
  if (problem) {
    problems.add(at, problem);
    return void 0;
  }
  return value;
}
function arrayOf(record, key, path5, problems, item, options = {}) {
  const value = record[key];
  const at = fieldPath(path5, key);
  if (value === void 0) {
    if (options.required) problems.add(at, "is required");
    return void 0;
  }
  if (!Array.isArray(value)) {
    problems.add(at, `must be an array, not ${describe(value)}`);
    return void 0;
  }
  const items = [];
  value.forEach((entry, index) => {
    const read = item(entry, fieldPath(at, index));
    if (read !== void 0) items.push(read);
  });
  return items;
}
function stringArray(record, key, path5, problems) {
  return arrayOf(record, key, path5, problems, (item, at) => {
    if (typeof item === "string") return item;
    problems.add(at, `must be a string, not ${describe(item)}`);
    return void 0;
  });
}
function stringMap(record, key, path5, problems) {
  const value = record[key];
  const at = fieldPath(path5, key);
  if (value === void 0) return void 0;
  if (!isRecord(value)) {
    problems.add(at, `must be an object of strings, not ${describe(value)}`);
    return void 0;
  }
  const map = {};
  for (const [name3, entry] of Object.entries(value)) {
    if (typeof entry === "string") map[name3] = entry;
    else problems.add(fieldPath(at, name3), `must be a string, not ${describe(entry)}`);
  }
  return map;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

// src/oci/platform.ts
function readPlatform(value, path5, problems) {
  if (!isRecord(value)) {
    problems.add(path5, "must be an object");
    return void 0;
  }
  const record = value;
  const before2 = problems.count;
  const architecture = stringField(record, "architecture", path5, problems, { required: true, nonEmpty: true });
  const os = stringField(record, "os", path5, problems, { required: true, nonEmpty: true });
  const osVersion = stringField(record, "os.version", path5, problems);
  const osFeatures = stringArray(record, "os.features", path5, problems);
  const variant = stringField(record, "variant", path5, problems);
  const features = stringArray(record, "features", path5, problems);
  if (problems.count > before2 || architecture === void 0 || os === void 0) return void 0;
  return {
    architecture,
    os,
    ...osVersion !== void 0 ? { "os.version": osVersion } : {},
    ...osFeatures !== void 0 ? { "os.features": osFeatures } : {},
    ...variant !== void 0 ? { variant } : {},
    ...features !== void 0 ? { features } : {}
  };
}

// src/oci/manifest.ts
var MEDIA_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$/;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function checkMediaType(value) {
  return MEDIA_TYPE.test(value) ? void 0 : `not a media type: "${value}"`;
}
function checkDigest(value) {
  if (isDigest(value)) return void 0;
  try {
    parseDigest(value);
  } catch (error) {
    return error instanceof Error ? error.message : "invalid digest";
  }
  return "invalid digest";
}
function readDescriptor(value, path5, problems) {
  if (value === void 0) {
    problems.add(path5, "is required");
    return void 0;
  }
  if (!isRecord(value)) {
    problems.add(path5, `must be a descriptor object, not ${describe(value)}`);
    return void 0;
  }
  const before2 = problems.count;
  const mediaType = stringField(value, "mediaType", path5, problems, { required: true, check: checkMediaType });
  const digest2 = stringField(value, "digest", path5, problems, { required: true, check: checkDigest });
  const size = value.size;
  if (size === void 0) problems.add(fieldPath(path5, "size"), "is required");
  else if (typeof size !== "number" || !Number.isInteger(size)) {
    problems.add(fieldPath(path5, "size"), "size must be an integer");
  } else if (size < 0) problems.add(fieldPath(path5, "size"), "size must not be negative");
  const urls = stringArray(value, "urls", path5, problems);
  const annotations = stringMap(value, "annotations", path5, problems);
  const data = stringField(value, "data", path5, problems, {
    check: (text) => BASE64.test(text) ? void 0 : "data must be base64"
  });
  const artifactType = stringField(value, "artifactType", path5, problems, { check: checkMediaType });
  const platform = value.platform === void 0 ? void 0 : readPlatform(value.platform, fieldPath(path5, "platform"), problems);
  if (problems.count > before2 || mediaType === void 0 || digest2 === void 0 || typeof size !== "number") {
    return void 0;
  }
  if (data !== void 0) {
    const bytes = Buffer.from(data, "base64");
    if (bytes.length !== size || computeDigest(bytes, parseDigest(digest2).algorithm) !== digest2) {
      problems.add(fieldPath(path5, "data"), "data does not match the digest and size");
      return void 0;
    }
  }
  return {
    mediaType,
    digest: digest2,
    size,
    ...urls !== void 0 ? { urls } : {},
    ...annotations !== void 0 ? { annotations } : {},
    ...data !== void 0 ? { data } : {},
    ...artifactType !== void 0 ? { artifactType } : {},
    ...platform !== void 0 ? { platform } : {}
  };
}
var NAMES = {
  [OCI_MANIFEST]: "OCI image manifest",
  [OCI_INDEX]: "OCI image index",
  [DOCKER_MANIFEST]: "Docker manifest",
  [DOCKER_MANIFEST_LIST]: "Docker manifest list"
};
function invalid2(message, details = {}, hint) {
  return new DockhandError("MANIFEST_INVALID", message, { details, ...hint ? { hint } : {} });
}
function bareMediaType(value) {
  return (value.split(";")[0] ?? "").trim().toLowerCase();
}
function parseManifest(bytes, mediaTypeHint) {
  if (bytes.byteLength > MAX_MANIFEST_BYTES) {
    throw invalid2(`manifest is ${bytes.byteLength} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`, {
      size: bytes.byteLength,
      limit: MAX_MANIFEST_BYTES
    });
  }
  let document;
  try {
    document = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
  } catch (error) {
    throw invalid2(`manifest is not valid JSON: ${error.message}`);
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw invalid2("manifest is not a JSON object");
  }
  const record = document;
  const hint = mediaTypeHint ? bareMediaType(mediaTypeHint) : void 0;
  const declared = record.mediaType;
  if (declared !== void 0 && typeof declared !== "string") throw invalid2("mediaType: must be a string");
  if (record.schemaVersion === 1 || hint === DOCKER_MANIFEST_SCHEMA1 || hint === DOCKER_MANIFEST_SCHEMA1_SIGNED || declared === DOCKER_MANIFEST_SCHEMA1 || declared === DOCKER_MANIFEST_SCHEMA1_SIGNED) {
    throw invalid2(
      "Docker schema 1 manifests are not supported",
      {},
      "push the image again with a current client (schema 2 or OCI)"
    );
  }
  if (declared !== void 0 && hint !== void 0 && declared !== hint) {
    throw invalid2(`manifest declares mediaType ${declared} but was given as ${hint}`, {
      mediaType: declared,
      contentType: hint
    });
  }
  const mediaType = declared ?? hint ?? inferMediaType(record);
  const parsed = readDocument(record, mediaType);
  if ("problems" in parsed) {
    throw invalid2(`invalid ${NAMES[mediaType]}: ${parsed.problems.join("; ")}`, {
      mediaType,
      problems: parsed.problems
    });
  }
  return parsed;
}
function readDocument(record, mediaType) {
  const isIndex = mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;
  if (!isIndex && mediaType !== OCI_MANIFEST && mediaType !== DOCKER_MANIFEST) {
    throw invalid2(`unsupported manifest media type ${mediaType}`, { mediaType });
  }
  const oci = mediaType === OCI_MANIFEST || mediaType === OCI_INDEX;
  const problems = new Problems();
  if (record.schemaVersion !== 2) problems.add("schemaVersion", "schemaVersion must be 2");
  if (!oci && record.mediaType !== mediaType) problems.add("mediaType", `must be "${mediaType}"`);
  const artifactType = oci ? stringField(record, "artifactType", "", problems, { check: checkMediaType }) : void 0;
  const subject = oci && record.subject !== void 0 ? readDescriptor(record.subject, "subject", problems) : void 0;
  const annotations = oci ? stringMap(record, "annotations", "", problems) : void 0;
  const common = {
    mediaType,
    ...artifactType !== void 0 ? { artifactType } : {},
    ...subject ? { subject } : {},
    ...annotations ? { annotations } : {}
  };
  if (isIndex) {
    const manifests = arrayOf(record, "manifests", "", problems, (item, at) => readDescriptor(item, at, problems), {
      required: true
    });
    if (problems.count > 0 || !manifests) return { problems: problems.list };
    return { kind: "index", ...common, manifests };
  }
  const config = readDescriptor(record.config, "config", problems);
  const layers = arrayOf(record, "layers", "", problems, (item, at) => readDescriptor(item, at, problems), {
    required: true
  });
  if (problems.count > 0 || !config || !layers) return { problems: problems.list };
  return { kind: "image", ...common, config, layers };
}
function inferMediaType(document) {
  if ("manifests" in document) return OCI_INDEX;
  if ("config" in document || "layers" in document) return OCI_MANIFEST;
  throw invalid2("manifest has no mediaType and neither manifests nor config/layers", {}, "set mediaType");
}
function manifestArtifactType(parsed) {
  return parsed.artifactType ?? (parsed.kind === "image" ? parsed.config.mediaType : void 0);
}

// src/registry/blob.ts
import { Readable } from "node:stream";

// src/registry/not-found.ts
async function notFound(code, what, response, host2) {
  const text = response.request.startsWith("HEAD") ? "" : await readTextPrefix(response.body);
  const errors = parseErrorBody(text);
  const said = errors.map((e) => e.message).filter(Boolean).join("; ");
  return new RegistryError(code, `${what} not found${said ? ` (${host2}: ${said})` : ""}`, {
    status: 404,
    request: response.request,
    host: host2,
    errors
  });
}

// src/registry/hosts.ts
import { isIP } from "node:net";
function apiHost(domain) {
  return domain === "docker.io" || domain === "index.docker.io" ? "registry-1.docker.io" : domain;
}
function splitHost(host2) {
  if (host2.startsWith("[")) {
    const end = host2.indexOf("]");
    const rest = host2.slice(end + 1);
    return { hostname: host2.slice(1, end), port: rest.startsWith(":") ? rest.slice(1) : void 0 };
  }
  const colon = host2.lastIndexOf(":");
  if (colon > 0 && host2.indexOf(":") === colon) return { hostname: host2.slice(0, colon), port: host2.slice(colon + 1) };
  return { hostname: host2, port: void 0 };
}
function isLoopback(host2) {
  const { hostname } = splitHost(host2);
  const name3 = hostname.toLowerCase();
  if (name3 === "localhost" || name3.endsWith(".localhost")) return true;
  if (isIP(name3) === 4) return name3.startsWith("127.");
  return name3 === "::1" || name3 === "0:0:0:0:0:0:0:1";
}
function parseResolve(entries2) {
  const result = {};
  for (const entry of entries2) {
    const trimmed = entry.trim();
    if (trimmed === "") continue;
    const eq = trimmed.indexOf("=");
    const host2 = trimmed.slice(0, eq).trim().toLowerCase();
    const target = trimmed.slice(eq + 1).trim();
    let url;
    try {
      url = eq > 0 ? new URL(target) : void 0;
    } catch {
      url = void 0;
    }
    if (!url || url.protocol !== "http:" && url.protocol !== "https:" || host2 === "") {
      throw new UsageError(
        `invalid resolve entry "${trimmed}": expected HOST=URL`,
        "for example --resolve ghcr.io=http://127.0.0.1:5000"
      );
    }
    result[host2] = url.origin;
  }
  return result;
}
function splitList(value) {
  return (value ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
}
var HostMap = class {
  plain;
  resolve;
  constructor(options = {}) {
    this.plain = new Set((options.plainHttp ?? []).map((h) => h.toLowerCase()));
    this.resolve = new Map(Object.entries(options.resolve ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  }
  /** True when requests to `host` use plain HTTP. */
  isPlainHttp(host2) {
    const lower = host2.toLowerCase();
    return isLoopback(lower) || this.plain.has(lower) || this.plain.has(splitHost(lower).hostname);
  }
  /** The base URL (origin) for a registry host. */
  baseUrl(host2) {
    const resolved = this.resolve.get(host2.toLowerCase());
    if (resolved) return resolved;
    return `${this.isPlainHttp(host2) ? "http" : "https"}://${host2}`;
  }
  /**
   * Rewrites an absolute URL whose host has a resolve entry to the resolved origin (a registry may hand out
   * `https://ghcr.io/...` locations or realms even when reached through an override).
   */
  rewrite(url) {
    if (this.resolve.size === 0) return url;
    const parsed = new URL(url);
    const target = this.resolve.get(parsed.host.toLowerCase());
    if (!target) return url;
    return `${target}${parsed.pathname}${parsed.search}`;
  }
};

// src/registry/repository.ts
function hostOf(repo) {
  return apiHost(repo.domain);
}
function repositoryLabel(repo) {
  return `${repo.domain}/${repo.path}`;
}
function objectLabel(repo, reference) {
  return `${repositoryLabel(repo)}${reference.includes(":") ? "@" : ":"}${reference}`;
}
function pullScope(repo) {
  return `repository:${repo.path}:pull`;
}
function pushScope(repo) {
  return `repository:${repo.path}:pull,push`;
}
function deleteScope(repo) {
  return `repository:${repo.path}:delete`;
}
function apiPath(repo, rest) {
  return `/v2/${repo.path}/${rest}`;
}

// src/registry/blob.ts
async function statBlob(transport, repo, digest2, options = {}) {
  const response = await transport.send({
    method: "HEAD",
    host: hostOf(repo),
    path: apiPath(repo, `blobs/${digest2}`),
    scopes: [pullScope(repo)],
    ok: [200, 404],
    signal: options.signal,
    what: `blob ${objectLabel(repo, digest2)}`
  });
  response.body.resume();
  if (response.status === 404) return void 0;
  const size = Number(response.header("content-length"));
  return Number.isFinite(size) ? size : void 0;
}
function totalSize(response, offset2) {
  const range = /\/(\d+)\s*$/.exec(response.header("content-range") ?? "");
  if (range?.[1]) return Number(range[1]);
  const length = Number(response.header("content-length"));
  if (!Number.isFinite(length)) return void 0;
  return response.status === 206 ? offset2 + length : length;
}
async function getBlob(transport, repo, digest2, options = {}) {
  const offset2 = options.offset ?? 0;
  const maxResumes = options.resumes ?? 3;
  const host2 = hostOf(repo);
  const what = `blob ${objectLabel(repo, digest2)}`;
  const request3 = async (from) => {
    const response = await transport.send({
      method: "GET",
      host: host2,
      path: apiPath(repo, `blobs/${digest2}`),
      scopes: [pullScope(repo)],
      headers: from > 0 ? { range: `bytes=${from}-` } : {},
      ok: [200, 206, 404, 416],
      signal: options.signal,
      what
    });
    if (response.status === 404) throw await notFound("BLOB_UNKNOWN", what, response, host2);
    if (response.status === 416) {
      abandon(response.body);
      throw new RegistryError("RANGE_INVALID", `${what}: offset ${from} is past the blob's end`, {
        host: host2,
        request: response.request,
        status: 416
      });
    }
    return response;
  };
  const first = await request3(offset2);
  const known = totalSize(first, offset2) ?? await statBlob(transport, repo, digest2, options);
  if (known === void 0) {
    abandon(first.body);
    throw new RegistryError("BAD_RESPONSE", `${what}: the registry gave no size for it`, {
      host: host2,
      request: first.request
    });
  }
  const size = known;
  const check = offset2 === 0 ? digestCheck(digest2, size, what) : void 0;
  let current = first;
  let position = offset2;
  let resumes = 0;
  const stream = new Readable({
    read() {
      current.body.resume();
    },
    destroy(error, callback) {
      abandon(current.body);
      callback(error);
    }
  });
  const failed = (error) => {
    if (stream.destroyed) return;
    if (options.signal?.aborted || error instanceof RegistryError || resumes >= maxResumes) {
      const final = error instanceof RegistryError || options.signal?.aborted ? error : new RegistryError(
        "BLOB_READ_FAILED",
        `${what}: download failed after ${position} bytes: ${describeCause(error)}`,
        {
          host: host2,
          request: current.request,
          cause: error
        }
      );
      stream.destroy(final);
      return;
    }
    resumes++;
    abandon(current.body);
    request3(position).then(follow, (next) => stream.destroy(next));
  };
  function follow(response) {
    current = response;
    let skip = response.status === 200 ? position : 0;
    let settled = false;
    const body = response.body;
    body.on("data", (chunk) => {
      if (settled || stream.destroyed) return;
      if (skip >= chunk.length) {
        skip -= chunk.length;
        return;
      }
      const part = skip > 0 ? chunk.subarray(skip) : chunk;
      skip = 0;
      position += part.length;
      const invalid3 = check?.update(part);
      if (invalid3) {
        settled = true;
        stream.destroy(invalid3);
        return;
      }
      if (!stream.push(part)) body.pause();
    });
    body.on("end", () => {
      if (settled) return;
      settled = true;
      if (position < size) {
        failed(new Error(`connection closed after ${position} of ${size} bytes`));
        return;
      }
      const invalid3 = check?.finish();
      if (invalid3) stream.destroy(invalid3);
      else stream.push(null);
    });
    body.on("error", (error) => {
      if (settled) return;
      settled = true;
      failed(error);
    });
  }
  stream.on("error", () => {
  });
  follow(first);
  if (check) markVerified(stream, digest2);
  return { size, stream };
}
async function readSmallBlob(transport, repo, digest2, options = {}) {
  const max = options.maxBytes ?? 4 * 1024 * 1024;
  const reader = await getBlob(transport, repo, digest2, options.signal ? { signal: options.signal } : {});
  const what = `blob ${objectLabel(repo, digest2)}`;
  const tooLarge2 = (size) => new RegistryError(
    "TOO_LARGE",
    `${what} is ${size} bytes or more, over the ${max}-byte limit for reading it whole`,
    {
      host: hostOf(repo),
      request: `GET ${what}`
    }
  );
  if (reader.size > max) {
    abandon(reader.stream);
    throw tooLarge2(reader.size);
  }
  return await readCapped(reader.stream, max, tooLarge2);
}

// src/registry/link.ts
function nextLink(header, requestUrl) {
  if (!header) return void 0;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match?.[1]) continue;
    const params = match[2] ?? "";
    if (/;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(params))
      return new URL(match[1], requestUrl).toString();
  }
  return void 0;
}
async function followPages(first, fetchPage, onLoop) {
  const seen = /* @__PURE__ */ new Set();
  const items = [];
  let url = first;
  while (url) {
    if (seen.has(url)) throw onLoop(url);
    seen.add(url);
    const page = await fetchPage(url);
    items.push(...page.items);
    url = page.items.length > 0 ? page.next : void 0;
  }
  return items;
}

// src/registry/catalog.ts
var MAX_LIST_BYTES = 16 * 1024 * 1024;
async function listRepositories(transport, host2, options = {}) {
  const search = options.n !== void 0 ? `?n=${options.n}` : "";
  const first = transport.urlFor({ host: host2, path: `/v2/_catalog${search}` });
  const repositories = await followPages(
    first,
    async (url) => {
      const response = await transport.send({
        method: "GET",
        host: host2,
        url,
        scopes: [CATALOG_SCOPE],
        ok: [200, 401, 403, 404, 405],
        signal: options.signal,
        what: `catalog of ${host2}`
      });
      if (response.status !== 200) {
        response.body.resume();
        throw new RegistryError(
          "UNSUPPORTED",
          `${host2} does not offer a repository catalog (${response.status} to ${response.request})`,
          {
            host: host2,
            request: response.request,
            status: response.status,
            hint: "GHCR and Docker Hub have no catalog; list packages through their own APIs"
          }
        );
      }
      const bytes = await readCapped(
        response.body,
        MAX_LIST_BYTES,
        () => new RegistryError("TOO_LARGE", `catalog of ${host2} is over ${MAX_LIST_BYTES} bytes`, {
          host: host2,
          request: response.request
        })
      );
      const names = JSON.parse(bytes.toString("utf8")).repositories;
      const items = Array.isArray(names) ? names.filter((n) => typeof n === "string") : [];
      return { items, next: nextLink(response.header("link"), response.url) };
    },
    (url) => new RegistryError("PAGINATION_LOOP", `catalog of ${host2}: the registry linked back to ${url}`, {
      host: host2,
      request: `GET ${url}`
    })
  );
  return repositories.sort();
}

// src/registry/delete.ts
async function deleteManifest(transport, repo, reference, options = {}) {
  const what = `manifest ${objectLabel(repo, reference)}`;
  const response = await transport.send({
    method: "DELETE",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [deleteScope(repo)],
    ok: [200, 202, 204, 404],
    signal: options.signal,
    what
  });
  if (response.status === 404) throw await notFound("MANIFEST_UNKNOWN", what, response, hostOf(repo));
  response.body.resume();
}
async function deleteBlob(transport, repo, digest2, options = {}) {
  const what = `blob ${objectLabel(repo, digest2)}`;
  const response = await transport.send({
    method: "DELETE",
    host: hostOf(repo),
    path: apiPath(repo, `blobs/${digest2}`),
    scopes: [deleteScope(repo)],
    ok: [200, 202, 204, 404],
    signal: options.signal,
    what
  });
  if (response.status === 404) throw await notFound("BLOB_UNKNOWN", what, response, hostOf(repo));
  response.body.resume();
}

// src/registry/manifest.ts
function bareType(value) {
  const bare = value?.split(";")[0]?.trim().toLowerCase();
  return bare ? bare : void 0;
}
function tooLarge(repo, reference, size, max, request3) {
  return new RegistryError(
    "MANIFEST_TOO_LARGE",
    `manifest ${objectLabel(repo, reference)} is ${size} bytes${size > max ? "" : " or more"}, over the ${max}-byte limit`,
    { request: request3, host: hostOf(repo), hint: "a manifest this large is almost certainly not an image manifest" }
  );
}
async function headManifest(transport, repo, reference, options = {}) {
  const response = await transport.send({
    method: "HEAD",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [pullScope(repo)],
    headers: { accept: MANIFEST_ACCEPT },
    ok: [200, 404],
    signal: options.signal,
    what: `manifest ${objectLabel(repo, reference)}`
  });
  response.body.resume();
  if (response.status === 404) return void 0;
  const digest2 = isDigest(reference) ? reference : response.header("docker-content-digest");
  const size = Number(response.header("content-length"));
  const mediaType = bareType(response.header("content-type"));
  if (!digest2 || !isDigest(digest2) || !Number.isFinite(size) || !mediaType) {
    const manifest = await getManifest(transport, repo, reference, options);
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.byteLength };
  }
  return { mediaType, digest: digest2, size };
}
async function getManifest(transport, repo, reference, options = {}) {
  const max = options.maxBytes ?? MAX_MANIFEST_BYTES;
  const response = await transport.send({
    method: "GET",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [pullScope(repo)],
    headers: { accept: MANIFEST_ACCEPT },
    ok: [200, 404],
    signal: options.signal,
    what: `manifest ${objectLabel(repo, reference)}`
  });
  if (response.status === 404)
    throw await notFound("MANIFEST_UNKNOWN", `manifest ${objectLabel(repo, reference)}`, response, hostOf(repo));
  const declaredLength = Number(response.header("content-length"));
  if (Number.isFinite(declaredLength) && declaredLength > max) {
    abandon(response.body);
    throw tooLarge(repo, reference, declaredLength, max, response.request);
  }
  const bytes = await readCapped(response.body, max, (seen) => tooLarge(repo, reference, seen, max, response.request));
  const headerDigest = response.header("docker-content-digest");
  const expected = isDigest(reference) ? reference : headerDigest && isDigest(headerDigest) ? headerDigest : void 0;
  const algorithm = expected ? parseDigest(expected).algorithm : "sha256";
  const digest2 = computeDigest(bytes, algorithm);
  if (expected && digest2 !== expected) {
    throw new RegistryError(
      "DIGEST_INVALID",
      `manifest ${objectLabel(repo, reference)}: content does not match its digest ${expected} (got ${digest2})`,
      { request: response.request, host: hostOf(repo) }
    );
  }
  return { digest: digest2, mediaType: manifestMediaType(bytes, response.header("content-type")), bytes: new Uint8Array(bytes) };
}
function manifestMediaType(bytes, contentType) {
  try {
    const declared = JSON.parse(bytes.toString("utf8")).mediaType;
    if (typeof declared === "string" && declared !== "") return declared;
  } catch {
  }
  return bareType(contentType) ?? "application/octet-stream";
}
async function putManifest(transport, repo, reference, bytes, mediaType, options = {}) {
  const max = options.maxBytes ?? MAX_MANIFEST_BYTES;
  if (bytes.byteLength > max)
    throw tooLarge(repo, reference, bytes.byteLength, max, `PUT ${objectLabel(repo, reference)}`);
  const algorithm = isDigest(reference) ? parseDigest(reference).algorithm : "sha256";
  const digest2 = computeDigest(bytes, algorithm);
  if (isDigest(reference) && digest2 !== reference) {
    throw new RegistryError("DIGEST_INVALID", `manifest bytes have digest ${digest2}, not ${reference}`, {
      request: `PUT ${objectLabel(repo, reference)}`,
      host: hostOf(repo)
    });
  }
  const response = await transport.send({
    method: "PUT",
    host: hostOf(repo),
    path: apiPath(repo, `manifests/${reference}`),
    scopes: [pushScope(repo)],
    headers: { "content-type": mediaType },
    body: bytes,
    ok: [200, 201, 202, 204],
    signal: options.signal,
    what: `manifest ${objectLabel(repo, reference)}`
  });
  response.body.resume();
  return { digest: digest2, subjectIndexed: response.header("oci-subject") !== void 0 };
}

// src/registry/redirect.ts
function isRedirect(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
var MAX_REDIRECTS = 5;
function redirectTarget(from, location) {
  return new URL(location, from).toString();
}
function sameOrigin(a, b) {
  return new URL(a).origin === new URL(b).origin;
}
var CREDENTIAL_HEADERS = /* @__PURE__ */ new Set(["authorization", "proxy-authorization", "cookie", "x-registry-auth", "x-api-key"]);
function isCredentialHeader(name3) {
  return CREDENTIAL_HEADERS.has(name3.toLowerCase());
}
function headersForHop(url, origin, headers) {
  if (new URL(url).origin === origin) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name3]) => !isCredentialHeader(name3)));
}

// src/registry/referrers.ts
function referrersTag(digest2) {
  const { algorithm, hex } = parseDigest(digest2);
  return `${algorithm}-${hex}`;
}
function descriptorsOf(document) {
  const manifests = document?.manifests;
  if (!Array.isArray(manifests)) return [];
  return manifests.filter(
    (m) => Boolean(m) && typeof m === "object" && typeof m.digest === "string" && typeof m.mediaType === "string"
  );
}
var NO_API = [400, 404, 405, 406, 501];
async function listReferrers(transport, repo, digest2, options = {}) {
  const host2 = hostOf(repo);
  const query = options.artifactType ? `?artifactType=${encodeURIComponent(options.artifactType)}` : "";
  const response = await transport.send({
    method: "GET",
    host: host2,
    path: `${apiPath(repo, `referrers/${digest2}`)}${query}`,
    scopes: [pullScope(repo)],
    headers: { accept: OCI_INDEX },
    ok: "all",
    signal: options.signal,
    what: `referrers of ${objectLabel(repo, digest2)}`
  });
  const filter = (list2, applied) => options.artifactType && !applied ? list2.filter((d) => d.artifactType === options.artifactType) : list2;
  const contentType = response.header("content-type") ?? "";
  if (response.status === 200 && contentType.includes("json")) {
    const bytes = await readCapped(
      response.body,
      4 * 1024 * 1024,
      () => new RegistryError("TOO_LARGE", `referrers of ${objectLabel(repo, digest2)}: response too large`, {
        host: host2,
        request: response.request
      })
    );
    let document;
    try {
      document = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new RegistryError(
        "BAD_RESPONSE",
        `referrers of ${objectLabel(repo, digest2)}: the registry answered invalid JSON`,
        {
          host: host2,
          request: response.request
        }
      );
    }
    const applied = (response.header("oci-filters-applied") ?? "").includes("artifactType");
    return filter(descriptorsOf(document), applied);
  }
  const redirectedAway = !sameOrigin(response.url, transport.urlFor({ host: host2, path: "/v2/" }));
  if (response.status !== 200 && !NO_API.includes(response.status) && !redirectedAway) {
    throw errorFromResponse(response.status, await readTextPrefix(response.body), {
      request: response.request,
      host: host2,
      what: `referrers of ${objectLabel(repo, digest2)}`
    });
  }
  response.body.resume();
  return filter(await fallbackReferrers(transport, repo, digest2, options.signal), false);
}
async function fallbackReferrers(transport, repo, digest2, signal) {
  try {
    const index = await getManifest(transport, repo, referrersTag(digest2), signal ? { signal } : {});
    return descriptorsOf(JSON.parse(Buffer.from(index.bytes).toString("utf8")));
  } catch (error) {
    if (error instanceof RegistryError && error.code === "MANIFEST_UNKNOWN") return [];
    throw error;
  }
}
async function addFallbackReferrer(transport, repo, subject, referrer, options = {}) {
  const existing = await fallbackReferrers(transport, repo, subject, options.signal);
  if (existing.some((d) => d.digest === referrer.digest)) return;
  const index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...existing, referrer] };
  const bytes = new TextEncoder().encode(JSON.stringify(index));
  await putManifest(transport, repo, referrersTag(subject), bytes, OCI_INDEX, options);
}
async function removeFallbackReferrer(transport, repo, subject, referrer, options = {}) {
  const existing = await fallbackReferrers(transport, repo, subject, options.signal);
  if (!existing.some((d) => d.digest === referrer)) return;
  const manifests = existing.filter((d) => d.digest !== referrer);
  const bytes = new TextEncoder().encode(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }));
  await putManifest(transport, repo, referrersTag(subject), bytes, OCI_INDEX, options);
}

// src/registry/tags.ts
var MAX_LIST_BYTES2 = 16 * 1024 * 1024;
async function fetchTagPage(transport, repo, url, signal) {
  const host2 = hostOf(repo);
  const what = `tags of ${repositoryLabel(repo)}`;
  const response = await transport.send({
    method: "GET",
    host: host2,
    url,
    scopes: [pullScope(repo)],
    ok: [200, 404],
    signal,
    what
  });
  if (response.status === 404)
    throw await notFound("NAME_UNKNOWN", `repository ${repositoryLabel(repo)}`, response, host2);
  const bytes = await readCapped(
    response.body,
    MAX_LIST_BYTES2,
    () => new RegistryError("TOO_LARGE", `${what}: the listing is over ${MAX_LIST_BYTES2} bytes`, {
      host: host2,
      request: response.request
    })
  );
  let tags;
  try {
    tags = JSON.parse(bytes.toString("utf8")).tags;
  } catch {
    throw new RegistryError(
      "BAD_RESPONSE",
      `${what}: the registry answered something that is not JSON (${response.request})`,
      {
        host: host2,
        request: response.request
      }
    );
  }
  const items = Array.isArray(tags) ? tags.filter((t) => typeof t === "string") : [];
  return { items, next: nextLink(response.header("link"), response.url) };
}
function firstUrl(transport, repo, options) {
  const query = new URLSearchParams();
  if (options.n !== void 0) query.set("n", String(options.n));
  if (options.last !== void 0) query.set("last", options.last);
  const search = query.size > 0 ? `?${query}` : "";
  return transport.urlFor({ host: hostOf(repo), path: `${apiPath(repo, "tags/list")}${search}` });
}
async function listTags(transport, repo, options = {}) {
  const page = await fetchTagPage(transport, repo, firstUrl(transport, repo, options), options.signal);
  const { n, last } = options;
  if (n !== void 0 && page.items.length > n) {
    const after = [...page.items].sort().filter((t) => last === void 0 || t > last);
    const tags = after.slice(0, n);
    const end2 = tags.at(-1);
    return { tags, ...after.length > n && end2 !== void 0 ? { next: end2 } : {} };
  }
  const end = page.items.at(-1);
  return { tags: page.items, ...page.next && end !== void 0 ? { next: end } : {} };
}
async function listAllTags(transport, repo, options = {}) {
  const tags = await followPages(
    firstUrl(transport, repo, options),
    (url) => fetchTagPage(transport, repo, url, options.signal),
    (url) => new RegistryError("PAGINATION_LOOP", `tags of ${repositoryLabel(repo)}: the registry linked back to ${url}`, {
      host: hostOf(repo),
      request: `GET ${url}`
    })
  );
  return [...new Set(tags)].sort();
}

// src/registry/credentials.ts
import { readFile as readFile3 } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var DOCKER_HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var DOCKER_HUB_KEY = "https://index.docker.io/v1/";
function keyHost(key) {
  const [host2 = ""] = key.replace(/^[a-z]+:\/\//i, "").split("/");
  return host2.toLowerCase();
}
function sameRegistry(a, b) {
  return a === b || DOCKER_HUB_HOSTS.has(a) && DOCKER_HUB_HOSTS.has(b);
}
async function readDockerConfig(env) {
  const dir = env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), ".docker");
  const path5 = join(dir, "config.json");
  let text;
  try {
    text = await readFile3(path5, "utf8");
  } catch {
    return void 0;
  }
  try {
    return { config: JSON.parse(text), path: path5 };
  } catch (error) {
    throw new DockhandError("DOCKER_CONFIG_INVALID", `${path5} is not valid JSON: ${error.message}`, {
      details: { path: path5 }
    });
  }
}
async function runCredentialHelper(helper, serverUrl) {
  const program = `docker-credential-${helper}`;
  const { execFile } = await import("node:child_process");
  const output = await new Promise((resolve, reject) => {
    const child = execFile(program, ["get"], { timeout: 3e4 }, (error, stdout, stderr) => {
      if (!error) {
        resolve(stdout);
        return;
      }
      const code = error.code;
      if (code === "ENOENT" || /not found|no credentials/i.test(`${stdout}${stderr}`)) {
        resolve(void 0);
        return;
      }
      reject(
        new DockhandError(
          "CREDENTIAL_HELPER_FAILED",
          `${program} get failed for ${serverUrl}: ${stderr.trim() || error.message}`,
          {
            exit: 3,
            details: { helper: program, server: serverUrl }
          }
        )
      );
    });
    child.stdin?.end(serverUrl);
  });
  if (output === void 0 || output.trim() === "") return void 0;
  const parsed = JSON.parse(output);
  if (!parsed.Secret) return void 0;
  const source = `credential helper ${program}`;
  return parsed.Username === "<token>" ? { identityToken: parsed.Secret, source } : { username: parsed.Username ?? "", password: parsed.Secret, source };
}
function fromAuthEntry(entry, path5) {
  const source = `docker config ${path5}`;
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source };
  if (entry.identitytoken)
    return { identityToken: entry.identitytoken, ...entry.username ? { username: entry.username } : {}, source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password, source };
  return void 0;
}
function dockerCredentials(env = process.env) {
  const cache = /* @__PURE__ */ new Map();
  const lookup2 = async (host2) => {
    const lower = host2.toLowerCase();
    const found = await readDockerConfig(env);
    if (found) {
      const { config, path: path5 } = found;
      const serverUrl = DOCKER_HUB_HOSTS.has(lower) ? DOCKER_HUB_KEY : lower;
      const helperKey = Object.keys(config.credHelpers ?? {}).find((k) => sameRegistry(keyHost(k), lower));
      const helper = helperKey ? config.credHelpers?.[helperKey] : config.credsStore;
      if (helper) {
        const credential2 = await runCredentialHelper(helper, serverUrl);
        if (credential2) return credential2;
      }
      const authKey = Object.keys(config.auths ?? {}).find((k) => sameRegistry(keyHost(k), lower));
      const entry = authKey ? config.auths?.[authKey] : void 0;
      const credential = entry ? fromAuthEntry(entry, path5) : void 0;
      if (credential) return credential;
    }
    if (isGitHubRegistryHost(lower, env)) {
      const name3 = env.GITHUB_TOKEN ? "GITHUB_TOKEN" : env.GH_TOKEN ? "GH_TOKEN" : void 0;
      const token = name3 ? env[name3] : void 0;
      if (name3 && token)
        return { username: env.GITHUB_ACTOR || "dockhand", password: token, source: `environment ${name3}` };
    }
    return void 0;
  };
  return (host2) => {
    let result = cache.get(host2);
    if (!result) {
      result = lookup2(host2);
      cache.set(host2, result);
    }
    return result;
  };
}

// src/registry/http.ts
import { Agent as HttpAgent, request as request2 } from "node:http";
import { pipeline } from "node:stream";
var HEADERS_TIMEOUT = "HEADERS_TIMEOUT";
var BODY_TIMEOUT = "BODY_TIMEOUT";
function timeoutError(code, message) {
  return Object.assign(new Error(message), { code });
}
var BODY_METHODS = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH"]);
function responseHeaders(response) {
  const headers = {};
  for (const [name3, values] of Object.entries(response.headersDistinct)) {
    if (values) headers[name3] = values.length === 1 ? values[0] : values;
  }
  return headers;
}
var Connections = class {
  plain = new HttpAgent({ keepAlive: true, scheduling: "lifo" });
  /** node:https (and TLS with it) loads on the first https request: plain-HTTP runs start without it. */
  secure;
  timeoutMs;
  constructor(options = {}) {
    this.timeoutMs = options.timeoutMs ?? 6e4;
  }
  /** Sends a request; resolves when the response headers arrive (the body may still be going out). */
  async request(init) {
    if (init.url.protocol === "https:" && !this.secure) {
      const module = await import("node:https");
      this.secure ??= { module, agent: new module.Agent({ keepAlive: true, scheduling: "lifo" }) };
    }
    return await this.send(init);
  }
  send(init) {
    const { url, method, body } = init;
    const headers = { ...init.headers };
    const bytes = typeof body === "string" ? Buffer.from(body) : body instanceof Uint8Array ? body : void 0;
    const hasLength = Object.keys(headers).some((name3) => name3.toLowerCase() === "content-length");
    if (!hasLength && (bytes || !body && BODY_METHODS.has(method))) {
      headers["content-length"] = String(bytes?.length ?? 0);
    }
    const secure = url.protocol === "https:";
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const options = {
        method,
        headers,
        ...init.signal ? { signal: init.signal } : {}
      };
      const tls = secure ? this.secure : void 0;
      const outgoing = tls ? tls.module.request(url, { ...options, agent: tls.agent }) : request2(url, { ...options, agent: this.plain });
      outgoing.setTimeout(this.timeoutMs, () => {
        if (settled) return;
        outgoing.destroy(timeoutError(HEADERS_TIMEOUT, `no response within ${this.timeoutMs / 1e3} s`));
      });
      outgoing.on("error", fail);
      outgoing.on("response", (response) => {
        settled = true;
        response.setTimeout(this.timeoutMs, () => {
          response.destroy(timeoutError(BODY_TIMEOUT, `response body stalled for ${this.timeoutMs / 1e3} s`));
        });
        resolve({ statusCode: response.statusCode ?? 0, headers: responseHeaders(response), body: response });
      });
      if (body && typeof body === "object" && !(body instanceof Uint8Array)) {
        pipeline(body, outgoing, () => {
        });
      } else {
        outgoing.end(bytes);
      }
    });
  }
  /** Ends every pooled connection. */
  async close() {
    this.plain.destroy();
    this.secure?.agent.destroy();
  }
};

// src/registry/pool.ts
var Semaphore = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  waiting = [];
  async acquire() {
    if (this.active >= this.limit) {
      await new Promise((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    };
  }
};
var HostLimiter = class {
  constructor(limit = 4) {
    this.limit = limit;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer`);
  }
  limit;
  hosts = /* @__PURE__ */ new Map();
  acquire(host2) {
    let semaphore = this.hosts.get(host2);
    if (!semaphore) {
      semaphore = new Semaphore(this.limit);
      this.hosts.set(host2, semaphore);
    }
    return semaphore.acquire();
  }
};

// src/registry/retry.ts
var RETRYABLE_NETWORK = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EAI_AGAIN",
  HEADERS_TIMEOUT,
  BODY_TIMEOUT
]);
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status !== 501 && status !== 505;
}
function isRetryableNetworkError(error) {
  let current = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = current.code;
    if (typeof code === "string" && RETRYABLE_NETWORK.has(code)) return true;
    current = current.cause;
  }
  return false;
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function retryDelay(attempt, retryAfterMs, options = {}) {
  const retries = options.retries ?? 3;
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 3e4;
  if (attempt > retries) return void 0;
  if (retryAfterMs !== void 0) return retryAfterMs <= max ? retryAfterMs : void 0;
  const backoff = base * 2 ** (attempt - 1);
  return Math.min(max, backoff / 2 + Math.random() * (backoff / 2));
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/registry/warning.ts
function parseWarnings(header) {
  if (header === void 0) return [];
  const values = Array.isArray(header) ? header : [header];
  const texts = [];
  const pattern = /(\d{3})\s+\S+\s+"((?:[^"\\]|\\.)*)"/g;
  for (const value of values) {
    for (const match of value.matchAll(pattern)) {
      if (match[1] === "299" && match[2] !== void 0) texts.push(match[2].replace(/\\(.)/g, "$1"));
    }
  }
  return texts;
}

// src/registry/transport.ts
function firstHeader(headers, name3) {
  const value = headers[name3.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
function isReplayable(body) {
  return body === void 0 || typeof body === "string" || body instanceof Uint8Array;
}
var Transport = class {
  constructor(options = {}) {
    this.options = options;
    const env = options.env ?? process.env;
    this.hosts = new HostMap({
      plainHttp: [...splitList(env.DOCKHAND_PLAIN_HTTP), ...options.plainHttp ?? []],
      resolve: { ...parseResolve(splitList(env.DOCKHAND_RESOLVE)), ...options.resolve ?? {} }
    });
    this.connections = new Connections(options);
    this.limiter = new HostLimiter(options.concurrency ?? 4);
    this.auth = new Authenticator({
      credentials: options.credentials ?? dockerCredentials(env),
      send: (request3) => this.sendRaw(request3),
      ...options.now ? { now: options.now } : {}
    });
  }
  options;
  hosts;
  auth;
  connections;
  limiter;
  warned = /* @__PURE__ */ new Set();
  /** Closes every pooled connection. */
  async close() {
    await this.connections.close();
  }
  /** The absolute URL for a request. */
  urlFor(request3) {
    if (request3.url) return this.hosts.rewrite(new URL(request3.url, this.hosts.baseUrl(request3.host)).toString());
    return `${this.hosts.baseUrl(request3.host)}${request3.path ?? "/v2/"}`;
  }
  /** Sends a request: authorization, redirects, retries; statuses outside `ok` throw a RegistryError. */
  async send(request3) {
    const { host: host2, method, signal } = request3;
    const registryUrl = this.hosts.baseUrl(host2);
    const replayable = isReplayable(request3.body);
    const retryable = replayable && method !== "PATCH";
    const follow = method === "GET" || method === "HEAD";
    const scopeText = request3.scopes.join(" ");
    let url = this.urlFor(request3);
    const callerOrigin = new URL(url).origin;
    const registryOrigin = new URL(registryUrl).origin;
    const authorize = request3.authorize !== false;
    let authorization = authorize ? await this.auth.authorization(host2, request3.scopes, signal) : void 0;
    let challenged = false;
    let attempt = 0;
    let redirects = 0;
    for (; ; ) {
      const described = describeRequest(method, url);
      const ownOrigin = sameOrigin(url, registryUrl);
      const headers = {
        "user-agent": this.options.userAgent ?? "dockhand",
        ...headersForHop(url, callerOrigin, request3.headers ?? {}),
        ...headersForHop(url, registryOrigin, authorization ? { authorization } : {})
      };
      const release = await this.limiter.acquire(host2);
      let status;
      let responseHeaders2;
      let body;
      try {
        const response = await this.connections.request({
          url: new URL(url),
          method,
          headers,
          body: request3.body,
          signal
        });
        status = response.statusCode;
        responseHeaders2 = response.headers;
        body = response.body;
      } catch (error) {
        if (signal?.aborted) throw signal.reason ?? error;
        const delay = retryable && isRetryableNetworkError(error) ? retryDelay(++attempt, void 0, this.options.retry) : void 0;
        if (delay !== void 0) {
          await sleep(delay, signal);
          continue;
        }
        throw networkError(error, { request: described, host: host2 });
      } finally {
        release();
      }
      this.warn(host2, responseHeaders2.warning);
      const location = firstHeader(responseHeaders2, "location");
      if (follow && isRedirect(status) && location) {
        await discard(body);
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError(
            "TOO_MANY_REDIRECTS",
            `${host2} redirected ${method} more than ${MAX_REDIRECTS} times`,
            {
              host: host2,
              request: described,
              status
            }
          );
        }
        url = this.hosts.rewrite(redirectTarget(url, location));
        continue;
      }
      if (status === 401 && authorize && ownOrigin && !challenged && replayable) {
        challenged = true;
        const next = await this.auth.answer(
          host2,
          responseHeaders2["www-authenticate"],
          request3.scopes,
          authorization,
          signal
        );
        if (next) {
          await discard(body);
          authorization = next;
          continue;
        }
      }
      if (isRetryableStatus(status) && retryable) {
        const retryAfter = parseRetryAfter(firstHeader(responseHeaders2, "retry-after"));
        const delay = retryDelay(++attempt, retryAfter, this.options.retry);
        if (delay !== void 0) {
          await discard(body);
          await sleep(delay, signal);
          continue;
        }
      }
      if (request3.ok === "all" || request3.ok.includes(status)) {
        return {
          status,
          headers: responseHeaders2,
          body,
          url,
          request: described,
          header: (name3) => firstHeader(responseHeaders2, name3)
        };
      }
      const text = method === "HEAD" ? "" : await readTextPrefix(body);
      throw errorFromResponse(status, text, {
        request: described,
        host: host2,
        ...scopeText ? { scope: scopeText } : {},
        ...request3.what ? { what: request3.what } : {}
      });
    }
  }
  /** Sends a request that is not a registry call (token realms), with retries but no authorization logic. */
  async sendRaw(request3) {
    const response = await this.send({
      method: request3.method,
      host: request3.host,
      url: request3.url,
      scopes: [],
      headers: request3.headers,
      ...request3.body !== void 0 ? { body: request3.body } : {},
      ok: "all",
      authorize: false,
      signal: request3.signal
    });
    return {
      status: response.status,
      headers: response.headers,
      text: await readTextPrefix(response.body),
      request: response.request
    };
  }
  warn(host2, header) {
    if (!this.options.onWarning) return;
    for (const text of parseWarnings(header)) {
      const key = `${host2} ${text}`;
      if (this.warned.has(key)) continue;
      this.warned.add(key);
      this.options.onWarning({ host: host2, text });
    }
  }
};

// src/registry/upload.ts
import { Readable as Readable2 } from "node:stream";
var DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;
function sessionFrom(location, minChunk, request3, host2) {
  if (!location) {
    throw new RegistryError("BLOB_UPLOAD_INVALID", `${host2} opened an upload without a Location header (${request3})`, {
      host: host2,
      request: request3
    });
  }
  const min = Number(minChunk);
  return { location, minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
}
async function openSession(transport, repo, digest2, mountFrom, signal) {
  const query = mountFrom ? `?mount=${encodeURIComponent(digest2)}&from=${encodeURIComponent(mountFrom)}` : "";
  const scopes = [pushScope(repo)];
  if (mountFrom && mountFrom !== repo.path) scopes.push(pullScope({ domain: repo.domain, path: mountFrom }));
  const response = await transport.send({
    method: "POST",
    host: hostOf(repo),
    path: `${apiPath(repo, "blobs/uploads/")}${query}`,
    scopes,
    headers: { "content-length": "0" },
    ok: mountFrom ? [201, 202] : [202],
    signal,
    what: `upload of blob ${objectLabel(repo, digest2)}`
  });
  response.body.resume();
  if (response.status === 201) return "mounted";
  return sessionFrom(
    response.header("location"),
    response.header("oci-chunk-min-length"),
    response.request,
    hostOf(repo)
  );
}
async function cancel(transport, repo, session) {
  try {
    const response = await transport.send({
      method: "DELETE",
      host: hostOf(repo),
      url: session.location,
      scopes: [pushScope(repo)],
      ok: "all"
    });
    response.body.resume();
  } catch {
  }
}
function withDigest2(transport, repo, location, digest2) {
  const url = new URL(transport.urlFor({ host: hostOf(repo), url: location }));
  url.searchParams.set("digest", digest2);
  return url.toString();
}
async function mountBlob(transport, repo, digest2, from, options = {}) {
  const result = await openSession(transport, repo, digest2, from, options.signal);
  if (result === "mounted") return "mounted";
  await cancel(transport, repo, result);
  return "missing";
}
async function uploadBlob(transport, repo, digest2, size, body, options = {}) {
  const { signal } = options;
  parseDigest(digest2);
  if (body instanceof Uint8Array) {
    checkBytes(repo, digest2, size, body);
    size = body.byteLength;
  }
  let session;
  if (options.mountFrom) {
    let opened;
    try {
      opened = await openSession(transport, repo, digest2, options.mountFrom, signal);
    } catch (error) {
      if (!(error instanceof RegistryError) || error.status === void 0) throw error;
    }
    if (opened === "mounted") return "mounted";
    session = opened;
  }
  session ??= await openSession(transport, repo, digest2, void 0, signal);
  const chunkSize = Math.max(options.chunkSize ?? DEFAULT_CHUNK_SIZE, session.minChunk);
  const mode = options.mode ?? "auto";
  const monolithic = mode === "monolithic" || mode === "auto" && size !== void 0 && size <= chunkSize;
  try {
    if (monolithic) await putWhole(transport, repo, session, digest2, size, body, signal);
    else await putChunks(transport, repo, session, digest2, body, chunkSize, options.resumes ?? 3, signal);
  } catch (error) {
    await cancel(transport, repo, session);
    throw error;
  }
  return "uploaded";
}
function mismatch(repo, digest2, actual, size) {
  return new DockhandError(
    "DIGEST_INVALID",
    `blob ${objectLabel(repo, digest2)}: content does not match its digest (got ${actual}); nothing was committed`,
    {
      details: { digest: digest2, actual, size }
    }
  );
}
function checkBytes(repo, digest2, size, bytes) {
  if (size !== void 0 && size !== bytes.byteLength) {
    throw new DockhandError(
      "SIZE_INVALID",
      `blob ${objectLabel(repo, digest2)}: expected ${size} bytes, got ${bytes.byteLength}`,
      {
        details: { digest: digest2, size, actual: bytes.byteLength }
      }
    );
  }
  const hasher = createHasher(parseDigest(digest2).algorithm);
  hasher.update(bytes);
  const actual = hasher.digest();
  if (actual !== digest2) throw mismatch(repo, digest2, actual, bytes.byteLength);
}
async function putWhole(transport, repo, session, digest2, size, body, signal) {
  let payload = body;
  if (!(body instanceof Uint8Array) && verifiedDigest(body) !== digest2) {
    const verifier = verifyingStream(digest2, size, { name: `blob ${objectLabel(repo, digest2)}` });
    body.on("error", (error) => verifier.destroy(error));
    payload = body.pipe(verifier);
  }
  let streamError = payload instanceof Uint8Array ? void 0 : payload.errored ?? void 0;
  if (!(payload instanceof Uint8Array)) {
    payload.on("error", (error) => {
      streamError = error;
    });
  }
  try {
    const response = await transport.send({
      method: "PUT",
      host: hostOf(repo),
      url: withDigest2(transport, repo, session.location, digest2),
      scopes: [pushScope(repo)],
      headers: {
        "content-type": "application/octet-stream",
        ...size !== void 0 ? { "content-length": String(size) } : {}
      },
      body: payload,
      ok: [201, 204],
      signal,
      what: `blob ${objectLabel(repo, digest2)}`
    });
    response.body.resume();
  } catch (error) {
    if (!(body instanceof Uint8Array)) body.destroy();
    throw streamError ?? error;
  }
  if (streamError) throw streamError;
}
async function* rechunk(body, size) {
  const source = body instanceof Uint8Array ? Readable2.from([Buffer.from(body)]) : body;
  let pending = [];
  let pendingSize = 0;
  for await (const piece of source) {
    let data = Buffer.isBuffer(piece) ? piece : Buffer.from(piece);
    while (pendingSize + data.length >= size) {
      const take = size - pendingSize;
      pending.push(data.subarray(0, take));
      yield Buffer.concat(pending, size);
      data = data.subarray(take);
      pending = [];
      pendingSize = 0;
    }
    if (data.length > 0) {
      pending.push(data);
      pendingSize += data.length;
    }
  }
  if (pendingSize > 0) yield Buffer.concat(pending, pendingSize);
}
async function uploadStatus(transport, repo, session, signal) {
  const response = await transport.send({
    method: "GET",
    host: hostOf(repo),
    url: session.location,
    scopes: [pushScope(repo)],
    ok: [200, 204],
    signal,
    what: `upload status of ${repositoryLabelOf(repo)}`
  });
  response.body.resume();
  const match = /(\d+)-(\d+)/.exec(response.header("range") ?? "");
  const end = match?.[2] !== void 0 ? Number(match[2]) : -1;
  const received = end <= 0 ? 0 : end + 1;
  return { location: response.header("location") ?? session.location, received };
}
function repositoryLabelOf(repo) {
  return `${repo.domain}/${repo.path}`;
}
async function putChunks(transport, repo, session, digest2, body, chunkSize, maxResumes, signal) {
  const hasher = verifiedDigest(body) === digest2 ? void 0 : createHasher(parseDigest(digest2).algorithm);
  let offset2 = 0;
  let resumes = 0;
  for await (const chunk of rechunk(body, chunkSize)) {
    hasher?.update(chunk);
    const end = offset2 + chunk.length;
    let sent = offset2;
    while (sent < end) {
      try {
        const response2 = await transport.send({
          method: "PATCH",
          host: hostOf(repo),
          url: session.location,
          scopes: [pushScope(repo)],
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `${sent}-${end - 1}`,
            "content-length": String(end - sent)
          },
          body: chunk.subarray(sent - offset2),
          ok: [202, 204],
          signal,
          what: `chunk ${sent}-${end - 1} of blob ${objectLabel(repo, digest2)}`
        });
        response2.body.resume();
        session.location = response2.header("location") ?? session.location;
        sent = end;
      } catch (error) {
        const interrupted = error instanceof RegistryError && (error.code === "NETWORK" || error.status === 416);
        if (!interrupted || signal?.aborted || resumes >= maxResumes) throw error;
        resumes++;
        const status = await uploadStatus(transport, repo, session, signal);
        session.location = status.location;
        if (status.received < offset2 || status.received > end) throw error;
        sent = status.received;
      }
    }
    offset2 = end;
  }
  const actual = hasher?.digest() ?? digest2;
  if (actual !== digest2) throw mismatch(repo, digest2, actual, hasher?.size ?? offset2);
  const response = await transport.send({
    method: "PUT",
    host: hostOf(repo),
    url: withDigest2(transport, repo, session.location, digest2),
    scopes: [pushScope(repo)],
    headers: { "content-length": "0" },
    ok: [201, 204],
    signal,
    what: `blob ${objectLabel(repo, digest2)}`
  });
  response.body.resume();
}

// src/registry/client.ts
var RegistryClient = class {
  constructor(options = {}) {
    this.options = options;
    this.transport = new Transport(options);
  }
  options;
  transport;
  /** Ends pooled connections. */
  async close() {
    await this.transport.close();
  }
  /** Checks that a registry answers the API (`GET /v2/`), authenticating when it asks to. */
  async ping(domain, options = {}) {
    const response = await this.transport.send({
      method: "GET",
      host: apiHost(domain),
      path: "/v2/",
      scopes: [],
      ok: [200],
      signal: options.signal,
      what: `registry ${domain}`
    });
    response.body.resume();
  }
  /** Resolves a tag or digest to its descriptor; undefined when absent. */
  headManifest(repo, reference, options = {}) {
    return headManifest(this.transport, repo, reference, this.manifestOptions(options));
  }
  /** Reads a manifest (digest verified, size capped); throws MANIFEST_UNKNOWN when absent. */
  getManifest(repo, reference, options = {}) {
    return getManifest(this.transport, repo, reference, this.manifestOptions(options));
  }
  /**
   * Stores manifest bytes exactly as given under `tag` (or under their digest) and returns the digest. A manifest
   * with a `subject` is also added to the subject's referrers tag index when the registry does not index it itself.
   */
  async putManifest(repo, bytes, mediaType, tag2, options = {}) {
    const reference = tag2 ?? computeDigest(bytes);
    const result = await putManifest(this.transport, repo, reference, bytes, mediaType, this.manifestOptions(options));
    if (!result.subjectIndexed) {
      const referrer = referrerDescriptor(bytes, mediaType, result.digest);
      if (referrer) await addFallbackReferrer(this.transport, repo, referrer.subject, referrer.descriptor, options);
    }
    return result.digest;
  }
  /**
   * Deletes a manifest by digest or a tag. A referrer deleted by digest also leaves its subject's fallback tag index,
   * where the registry keeps one (no referrers API).
   */
  async deleteManifest(repo, reference, options = {}) {
    const subject = reference.includes(":") ? await this.subjectOf(repo, reference, options) : void 0;
    await deleteManifest(this.transport, repo, reference, options);
    if (subject) await removeFallbackReferrer(this.transport, repo, subject, reference, options);
  }
  /** The `subject` digest of a manifest, when it has one and can be read. */
  async subjectOf(repo, digest2, options) {
    try {
      const manifest = await getManifest(this.transport, repo, digest2, options);
      const subject = JSON.parse(Buffer.from(manifest.bytes).toString("utf8")).subject?.digest;
      return typeof subject === "string" ? subject : void 0;
    } catch {
      return void 0;
    }
  }
  /** Size of a blob, or undefined when absent. */
  statBlob(repo, digest2, options = {}) {
    return statBlob(this.transport, repo, digest2, options);
  }
  /** Streams a blob, verified and resumed after dropped connections; throws BLOB_UNKNOWN when absent. */
  getBlob(repo, digest2, options = {}) {
    return getBlob(this.transport, repo, digest2, options);
  }
  /** Reads a small blob (a config) whole, verified and size-capped. */
  readBlob(repo, digest2, options = {}) {
    return readSmallBlob(this.transport, repo, digest2, options);
  }
  /** Uploads a blob (trying a mount from `mountFrom` first). */
  uploadBlob(repo, digest2, size, body, options = {}) {
    return uploadBlob(this.transport, repo, digest2, size, body, {
      ...options,
      ...this.options.chunkSize ? { chunkSize: this.options.chunkSize } : {},
      mode: options.mode ?? this.options.uploadMode ?? "auto"
    });
  }
  /** Mounts a blob from another repository of the same registry: "mounted" or "missing". */
  mountBlob(repo, digest2, from, options = {}) {
    return mountBlob(this.transport, repo, digest2, from, options);
  }
  /** Deletes a blob. */
  deleteBlob(repo, digest2, options = {}) {
    return deleteBlob(this.transport, repo, digest2, options);
  }
  /** One page of tags. */
  listTags(repo, options = {}) {
    return listTags(this.transport, repo, options);
  }
  /** Every tag, following pagination. */
  listAllTags(repo, options = {}) {
    return listAllTags(this.transport, repo, options);
  }
  /** Referrers of a manifest (API, else the tag schema). */
  referrers(repo, digest2, options = {}) {
    return listReferrers(this.transport, repo, digest2, options);
  }
  /** Repositories of a registry (where it has a catalog). */
  listRepositories(domain, options = {}) {
    return listRepositories(this.transport, apiHost(domain), options);
  }
  manifestOptions(options) {
    return {
      ...this.options.maxManifestBytes ? { maxBytes: this.options.maxManifestBytes } : {},
      ...options.signal ? { signal: options.signal } : {}
    };
  }
};
function referrerDescriptor(bytes, mediaType, digest2) {
  let parsed;
  try {
    parsed = parseManifest(bytes, mediaType);
  } catch {
    return void 0;
  }
  if (!parsed.subject) return void 0;
  const artifactType = manifestArtifactType(parsed);
  return {
    subject: parsed.subject.digest,
    descriptor: {
      mediaType: parsed.mediaType,
      digest: digest2,
      size: bytes.byteLength,
      ...artifactType ? { artifactType } : {},
      ...parsed.annotations ? { annotations: parsed.annotations } : {}
    }
  };
}

// src/doctor/live.ts
function reason(error) {
  return error instanceof DockhandError ? error.message : error instanceof Error ? error.message : String(error);
}
async function gatherLive(options) {
  const result = { live: { apiUrl: options.apiUrl }, logs: [], checked: [], skipped: [] };
  const { live, checked, skipped } = result;
  if (!options.token) {
    const why = "no token (pass --token, or set GITHUB_TOKEN or GH_TOKEN)";
    for (const check of [
      "token",
      "repository",
      "default workflow permissions",
      "package",
      "runs",
      "registry write probe"
    ]) {
      skipped.push({ check, detail: why });
    }
    return result;
  }
  const token = options.token;
  const client = createGitHubClient({ apiUrl: options.apiUrl, token, rateLimitRetries: 0 });
  let login;
  try {
    const facts = await getTokenFacts(client, token);
    login = facts.login;
    live.token = { kind: facts.kind, login: facts.login, scopes: facts.scopes, expiresAt: facts.expiresAt };
    checked.push({
      check: "token",
      detail: `${facts.kind}${facts.login ? ` of ${facts.login}` : ""}${facts.scopes ? `, scopes: ${facts.scopes.join(", ") || "none"}` : ""}`
    });
  } catch (error) {
    const code = error instanceof DockhandError ? error.code : "";
    live.token = { kind: tokenKind(token), login: void 0, scopes: void 0, expiresAt: void 0 };
    if (code === "GITHUB_UNAUTHORIZED") live.token.rejected = reason(error);
    skipped.push({ check: "token", detail: reason(error) });
  }
  if (live.token?.rejected) {
    for (const check of ["repository", "package", "runs", "registry write probe"]) {
      skipped.push({ check, detail: "GitHub rejected the token" });
    }
    return result;
  }
  if (options.repository) {
    await repositoryChecks(client, options.repository, options.run, result);
  } else {
    skipped.push({ check: "repository", detail: "repository unknown (pass --github-repo OWNER/NAME)" });
  }
  if (options.image) {
    await packageChecks(client, options.image, login, result);
    if (options.noProbe) skipped.push({ check: "registry write probe", detail: "--no-probe" });
    else {
      live.probe = await probeWrite(options.registry, options.image, login, token);
      checked.push({
        check: "registry write probe",
        detail: `${live.probe.request} \u2192 ${live.probe.status} ${live.probe.text}`
      });
    }
  } else {
    skipped.push({ check: "package", detail: "no image (name it, or give a log or workflow that pushes one)" });
    skipped.push({ check: "registry write probe", detail: "no image" });
  }
  return result;
}
async function repositoryChecks(client, repository, run, result) {
  const { live, checked, skipped } = result;
  try {
    const repo = await getRepository(client, repository);
    live.repository = {
      fullName: repo.full_name,
      id: repo.id,
      createdAt: repo.created_at ?? "",
      visibility: repo.visibility,
      ownerType: repo.owner.type
    };
    checked.push({
      check: "repository",
      detail: `${repo.full_name} (${repo.visibility ?? "?"}, created ${repo.created_at})`
    });
  } catch (error) {
    skipped.push({ check: "repository", detail: reason(error) });
  }
  try {
    const permissions = await getWorkflowPermissions(client, repository);
    live.defaultPermissions = permissions.default_workflow_permissions;
    checked.push({ check: "default workflow permissions", detail: permissions.default_workflow_permissions });
  } catch (error) {
    skipped.push({ check: "default workflow permissions", detail: `${reason(error)} (needs admin on the repository)` });
  }
  try {
    if (run) {
      const found = run === "latest" ? (await listWorkflowRuns(client, repository, { status: "failure", limit: 1 }))[0] : await getWorkflowRun(client, repository, Number(run));
      if (!found) throw new DockhandError("RUN_NOT_FOUND", `no failed run in ${repository}`);
      live.run = {
        id: found.id,
        event: found.event,
        actor: found.triggering_actor?.login ?? found.actor?.login,
        createdAt: found.run_started_at ?? found.created_at,
        conclusion: found.conclusion,
        headRepository: found.head_repository?.full_name,
        path: found.path
      };
      for (const job of await listJobsForRun(client, repository, found.id)) {
        if (job.conclusion === "skipped") continue;
        const text = await downloadJobLog(client, repository, job.id);
        result.logs.push({ text, job: job.name, conclusion: job.conclusion });
      }
      checked.push({
        check: "run",
        detail: `run ${found.id} (${found.event}, ${found.conclusion ?? found.status}), ${result.logs.length} job logs`
      });
    }
    const successes = await listWorkflowRuns(client, repository, { status: "success", limit: 50 });
    live.successfulRuns = successes.map((r) => ({
      id: r.id,
      createdAt: r.run_started_at ?? r.created_at,
      path: r.path
    }));
    checked.push({ check: "runs", detail: `${successes.length} successful runs` });
  } catch (error) {
    skipped.push({ check: "runs", detail: reason(error) });
  }
}
async function packageChecks(client, image, login, result) {
  const { live, checked, skipped } = result;
  let owner;
  try {
    owner = await resolvePackageOwner(client, image.owner, login);
  } catch (error) {
    skipped.push({ check: "package", detail: reason(error) });
    return;
  }
  const ownerType = owner.type === "org" ? "org" : "user";
  try {
    const data = await getPackage(client, owner, image.name);
    live.package = { status: "found", owner: image.owner, ownerType, name: image.name, data };
    checked.push({
      check: "package",
      detail: `${image.owner}/${image.name} exists (created ${data.created_at}, linked to ${data.repository?.full_name ?? "no repository"})`
    });
  } catch (error) {
    const code = error instanceof DockhandError ? error.code : "";
    if (code === "GITHUB_NOT_FOUND") {
      live.package = { status: "missing", owner: image.owner, ownerType, name: image.name };
      checked.push({
        check: "package",
        detail: `${image.owner}/${image.name} not found (absent, deleted, or not visible to the token)`
      });
    } else {
      const message = reason(error);
      if (/forbids access via a personal access token|SSO|SAML/i.test(message) && live.token)
        live.token.forbidden = message;
      skipped.push({ check: "package", detail: message });
    }
    return;
  }
  try {
    const deleted = await listPackageVersions(client, owner, image.name, { state: "deleted" });
    live.deletedVersions = deleted.map((v) => ({
      id: v.id,
      tags: versionTags(v),
      deletedAt: v.deleted_at ?? void 0
    }));
    checked.push({ check: "deleted versions", detail: `${deleted.length}` });
  } catch (error) {
    skipped.push({ check: "deleted versions", detail: reason(error) });
  }
}
async function probeWrite(registry, image, login, token) {
  const path5 = `${image.owner}/${image.name}`;
  const request3 = `POST ${image.host}/v2/${path5}/blobs/uploads/`;
  const client = new RegistryClient({
    ...registry,
    credentials: async (host2) => host2 === image.host ? { username: login ?? "dockhand", password: token, source: "--token" } : void 0
  });
  try {
    const response = await client.transport.send({
      method: "POST",
      host: image.host,
      path: `/v2/${path5}/blobs/uploads/`,
      scopes: [repositoryScope(path5, ["pull", "push"])],
      headers: { "content-length": "0" },
      ok: "all",
      what: `write probe of ${image.host}/${path5}`
    });
    const body = await readTextPrefix(response.body, 16 * 1024);
    if (response.status === 202) {
      const location = response.header("location");
      if (location) {
        const cancel2 = await client.transport.send({
          method: "DELETE",
          host: image.host,
          url: location,
          scopes: [repositoryScope(path5, ["pull", "push"])],
          ok: "all"
        }).catch(() => void 0);
        cancel2?.body.resume();
      }
      return { request: request3, status: 202, text: "accepted" };
    }
    return { request: request3, status: response.status, text: refusalText(parseErrorBody(body)) || body.trim().slice(0, 200) };
  } catch (error) {
    if (error instanceof RegistryError) {
      return { request: request3, status: error.status ?? 0, text: refusalText(error.errors) || error.message };
    }
    return { request: request3, status: 0, text: reason(error) };
  } finally {
    await client.close();
  }
}
function refusalText(errors) {
  return errors.map((e) => `${e.code.toLowerCase()}: ${e.message}`).join("; ");
}

// src/github/ghcr-refusals.ts
var GHCR_TEXT = {
  writePackage: "permission_denied: write_package",
  readPackage: "permission_denied: read_package",
  createPackage: "permission_denied: create_package",
  scopes: "permission_denied: The token provided does not match expected scopes.",
  noInstallation: "permission_denied: The requested installation does not exist.",
  createOrg: "installation not allowed to Create organization package",
  writeOrg: "installation not allowed to Write organization package",
  readOrg: "installation not allowed to Read organization package",
  unauthenticated: "unauthenticated: User cannot be authenticated with the token provided.",
  forbidsClassic: (org) => `permission_denied: \`${org}\` forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a personal access token with fine-grained permissions.`
};
var FORBIDS_CLASSIC = "forbids access via a personal access token (classic)";
function ghcrTextPattern(text) {
  return new RegExp(text.replace(/\.$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
}

// src/doctor/log.ts
var CANDIDATES = {
  "installation-create": [
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "fork-pull-request",
    "dependabot-run",
    "org-package-creation-policy",
    "app-installation-token"
  ],
  "installation-write": [
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "fork-pull-request",
    "dependabot-run",
    "app-installation-token"
  ],
  "installation-read": ["package-no-actions-access", "package-not-linked", "fork-pull-request"],
  "write-package": [
    "new-package-race",
    "package-no-actions-access",
    "package-not-linked",
    "package-other-repository",
    "package-deleted",
    "repository-recreated",
    "pat-missing-scope",
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "fork-pull-request",
    "dependabot-run"
  ],
  "read-package": [
    "new-package-race",
    "package-no-actions-access",
    "package-not-linked",
    "package-other-repository",
    "package-deleted",
    "cross-owner-cache-scope"
  ],
  "create-package": ["pat-missing-scope", "wrong-namespace", "org-package-creation-policy"],
  "installation-missing": ["wrong-namespace", "cross-owner-cache-scope", "fork-pull-request"],
  scopes: ["pat-missing-scope", "fine-grained-pat"],
  "classic-pat-forbidden": ["pat-forbidden-or-sso"],
  "secondary-rate-limit": ["rate-limited"],
  "too-many-requests": ["rate-limited"],
  unauthenticated: ["token-expired"],
  "auth-required": ["not-logged-in", "wrong-namespace", "ghes-host"],
  "oauth-denied": ["cross-owner-cache-scope", "rate-limited"],
  lowercase: ["uppercase-image-name"],
  "login-missing": ["not-logged-in", "fork-pull-request", "dependabot-run"],
  forbidden: [
    "new-package-race",
    "package-no-actions-access",
    "workflow-missing-packages-write",
    "fork-pull-request",
    "cross-owner-cache-scope",
    "layer-too-large"
  ],
  "too-large": ["layer-too-large"],
  // Docker Hub's and containers/image's words for "not logged in there, or no such repository of yours".
  "access-denied": [
    "registry-mismatch",
    "not-logged-in",
    "wrong-namespace",
    "workflow-missing-packages-write",
    "repo-default-read-only",
    "uppercase-image-name"
  ],
  "name-unknown": ["wrong-namespace", "registry-mismatch", "package-deleted"],
  "invalid-reference": ["uppercase-image-name"],
  // Any other refusal: only the catch-all explains it until a rule names it.
  refused: []
};
var UNEXPLAINED = "unexplained-refusal";
var PATTERNS = [
  ["secondary-rate-limit", /secondary rate limit|Error from intermediary/i],
  ["too-many-requests", /toomanyrequests|429 Too Many Requests/i],
  ["classic-pat-forbidden", ghcrTextPattern(FORBIDS_CLASSIC)],
  ["installation-create", ghcrTextPattern(GHCR_TEXT.createOrg)],
  ["installation-write", ghcrTextPattern(GHCR_TEXT.writeOrg)],
  ["installation-read", ghcrTextPattern(GHCR_TEXT.readOrg)],
  ["installation-missing", ghcrTextPattern(GHCR_TEXT.noInstallation)],
  ["scopes", ghcrTextPattern(GHCR_TEXT.scopes)],
  ["unauthenticated", ghcrTextPattern(GHCR_TEXT.unauthenticated)],
  ["write-package", ghcrTextPattern(GHCR_TEXT.writePackage)],
  ["read-package", ghcrTextPattern(GHCR_TEXT.readPackage)],
  ["create-package", ghcrTextPattern(GHCR_TEXT.createPackage)],
  ["lowercase", /repository name must be lowercase|repository can only contain the characters|must be lowercase/i],
  ["access-denied", /requested access to the resource is denied|insufficient_scope/i],
  ["name-unknown", /\bname unknown\b|NAME_UNKNOWN|repository name not known/i],
  ["invalid-reference", /invalid reference format/i],
  ["login-missing", /Username and password required|Username required|Password required/],
  ["oauth-denied", /failed to fetch oauth token/i],
  [
    "auth-required",
    /unauthorized: authentication required|v2\/"?: denied: denied|\b401 Unauthorized\b|\bUNAUTHORIZED:|\bUnauthorized for\s|status code 401\b|authentication required/i
  ],
  ["too-large", /413 Request Entity Too Large|failed commit on ref "layer-/i],
  ["forbidden", /\b403 \(?Forbidden\)?|status code 403\b|\bDENIED:/i],
  // Last: any other line that reports a refusal (podman, crane, oras, helm, ko, jib, goreleaser word it their way).
  [
    "refused",
    /^(?=.*\b(?:error|failed|fatal|unable|cannot|could not)\b)(?=.*\b(?:denied|unauthori[sz]ed|forbidden)\b)/i
  ]
];
var TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)\s?/;
var REFERENCE = /((?:[a-z0-9-]+\.)+[a-z0-9-]+(?::\d+)?|localhost(?::\d+)?|\d+\.\d+\.\d+\.\d+:\d+)\/([A-Za-z0-9._/-]+?)(?::([\w][\w.-]{0,127}))?(?=[:@\s"'),]|$)/;
var V2_PATH = /(?:https?:\/\/)?([a-z0-9.-]+(?::\d+)?)\/v2\/([a-z0-9._/-]+?)\/(?:blobs|manifests|tags)\//;
function imageIn(text) {
  const after = /(?:failed to push|pushing(?: manifest for)?|naming to|push(?:ing)? to|importing cache manifest from)\s+(\S+)/i.exec(
    text
  );
  const v2 = V2_PATH.exec(text);
  const candidates = [after?.[1], v2 ? void 0 : text];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const m = REFERENCE.exec(candidate);
    if (m?.[1] && m[2] && !m[1].startsWith("docs.")) {
      return { image: `${m[1]}/${m[2]}`.replace(/\/+$/, ""), tag: m[3] };
    }
  }
  if (v2?.[1] && v2[2]) return { image: `${v2[1]}/${v2[2]}`, tag: void 0 };
  return void 0;
}
var DONE_PUSH = /(?:pushing (?:manifest for )?|naming to )(\S+).*\bdone\b|^(\S+): digest: sha256:[0-9a-f]{64} size: \d+/;
function parseLogs(sources) {
  const facts = { errors: [], pushes: [], tokenPermissions: void 0, jobs: [] };
  for (const source of sources) {
    if (source.job !== void 0) facts.jobs.push({ name: source.job, conclusion: source.conclusion });
    let inPermissions = false;
    const lines = source.text.split(/\r?\n/);
    lines.forEach((raw, index) => {
      const stamp = TIMESTAMP.exec(raw);
      const text = (stamp ? raw.slice(stamp[0].length) : raw).trim();
      const time = stamp?.[1];
      const line = index + 1;
      if (/GITHUB_TOKEN Permissions/.test(text)) {
        inPermissions = true;
        return;
      }
      if (inPermissions) {
        const scope = /^(?:##\[group\])?\s*([A-Za-z-]+):\s*(read|write|none)\s*$/i.exec(text);
        if (scope?.[1] && scope[2]) {
          if (scope[1].toLowerCase() === "packages") {
            facts.tokenPermissions = { packages: scope[2].toLowerCase(), line, job: source.job };
          }
          return;
        }
        inPermissions = false;
      }
      const kind = PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
      if (kind) {
        const named = imageIn(text);
        facts.errors.push({
          kind,
          line,
          job: source.job,
          text,
          image: named?.image,
          tag: named?.tag,
          time
        });
        return;
      }
      const done = DONE_PUSH.exec(text);
      const ref = done?.[1] ?? done?.[2];
      if (ref) {
        const named = imageIn(ref);
        if (named) facts.pushes.push({ line, job: source.job, image: named.image, tag: named.tag, time });
      }
    });
  }
  return facts;
}
function primaryError(facts) {
  const specific = facts.errors.filter((e) => e.kind !== "forbidden" && e.kind !== "refused");
  return specific.at(-1) ?? facts.errors.filter((e) => e.kind !== "refused").at(-1) ?? facts.errors.at(-1);
}
function isPerArchTag(tag2) {
  return tag2 !== void 0 && /(^|[-_.])(amd64|arm64|armv7|armv6|arm|386|ppc64le|s390x|riscv64|x86_64|aarch64)([-_.]|$)/i.test(tag2);
}

// src/doctor/rank.ts
var SEVERITY_ORDER = { blocking: 0, warning: 1, info: 2 };
function diagnose(rules, evidence) {
  const first = rules.filter((rule) => !rule.after).flatMap((rule) => rule.check(evidence));
  const later = rules.filter((rule) => rule.after).flatMap((rule) => rule.check(evidence, first));
  return rank([...first, ...later], evidence);
}
function rank(findings, evidence) {
  const error = evidence.log ? primaryError(evidence.log) : void 0;
  const candidates = error ? CANDIDATES[error.kind] : void 0;
  const adjusted = findings.map((finding) => {
    if (candidates?.includes(finding.id) && finding.severity === "warning")
      return { ...finding, severity: "blocking" };
    if (!candidates || candidates.includes(finding.id) || finding.id === UNEXPLAINED) return finding;
    return { ...finding, confidence: Math.round(finding.confidence * 0.4 * 100) / 100 };
  });
  const order = (id) => {
    const at = candidates?.indexOf(id) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return adjusted.sort(
    (a, b) => b.confidence - a.confidence || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || order(a.id) - order(b.id) || a.id.localeCompare(b.id)
  );
}

// src/doctor/edits.ts
function lineStart(text, line) {
  let offset2 = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset2);
    if (next < 0) return text.length;
    offset2 = next + 1;
  }
  return offset2;
}
function lineEnd(text, line) {
  const start = lineStart(text, line);
  const next = text.indexOf("\n", start);
  return next < 0 ? text.length : next + 1;
}
function lineOf(text, offset2) {
  let line = 1;
  for (let i = 0; i < offset2 && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function newline(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function jobKeyIndent(text, job) {
  const keyLine = text.slice(lineStart(text, job.span.line), lineEnd(text, job.span.line));
  const keyIndent = keyLine.length - keyLine.trimStart().length;
  const lines = text.slice(lineEnd(text, job.span.line)).split("\n");
  for (const l of lines) {
    if (l.trim() === "" || l.trimStart().startsWith("#")) continue;
    const indent = l.length - l.trimStart().length;
    if (indent > keyIndent) return l.slice(0, indent);
    break;
  }
  return " ".repeat(keyIndent + 2);
}
function blockEndLine(text, line, indent) {
  const lines = text.split("\n");
  let last = line;
  for (let i = line; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (l.trim() === "" || l.trimStart().startsWith("#")) continue;
    if (l.length - l.trimStart().length <= indent) break;
    last = i + 1;
  }
  return last;
}
function replaceSpan(span, text) {
  return { file: span.file, start: span.offset, end: span.endOffset, text, line: span.line };
}
function grantPackagesWrite(text, workflow, job) {
  const nl = newline(text);
  const spec = job.permissions;
  if (spec?.kind === "map") return setScope(text, spec, "packages", "write");
  if (spec?.kind === "none" && /^\{\s*\}$/.test(text.slice(spec.span.offset, spec.span.endOffset).trim())) {
    return [replaceSpan(spec.span, "{ packages: write }")];
  }
  if (spec) return [];
  const scopes = {};
  const inherited = workflow.permissions;
  if (inherited?.kind === "map") Object.assign(scopes, inherited.scopes);
  else if (inherited === void 0 || inherited.kind === "read-all") scopes.contents = "read";
  scopes.packages = "write";
  const indent = jobKeyIndent(text, job);
  const inner = `${indent}${indentUnit(text, job)}`;
  const block = `${indent}permissions:${nl}` + Object.entries(scopes).map(([scope, level]) => `${inner}${scope}: ${level}${nl}`).join("");
  const at = lineEnd(text, job.span.line);
  return [{ file: job.file, start: at, end: at, text: block, line: job.span.line + 1 }];
}
function indentUnit(text, job) {
  const keyLine = text.slice(lineStart(text, job.span.line), lineEnd(text, job.span.line));
  const keyIndent = keyLine.length - keyLine.trimStart().length;
  return " ".repeat(Math.max(2, jobKeyIndent(text, job).length - keyIndent));
}
function setScope(text, spec, scope, level) {
  const nl = newline(text);
  const existing = spec.scopeSpans[scope];
  if (existing) {
    const lineText = text.slice(lineStart(text, existing.line), lineEnd(text, existing.line));
    const m = new RegExp(`^(\\s*${scope}\\s*:\\s*)(read|write|none)`).exec(lineText);
    if (m?.[1] !== void 0 && m[2]) {
      const start = lineStart(text, existing.line) + m[1].length;
      return [{ file: spec.span.file, start, end: start + m[2].length, text: level, line: existing.line }];
    }
    const inline = /(\b\w[\w-]*\s*:\s*)(read|write|none)/g;
    const body2 = text.slice(existing.offset, spec.span.endOffset);
    const hit = inline.exec(body2);
    if (hit?.[1] !== void 0 && hit[2]) {
      const start = existing.offset + hit.index + hit[1].length;
      return [{ file: spec.span.file, start, end: start + hit[2].length, text: level, line: existing.line }];
    }
    return [];
  }
  const body = text.slice(spec.span.offset, spec.span.endOffset);
  if (body.trimStart().startsWith("{")) {
    const close = spec.span.offset + body.lastIndexOf("}");
    const before2 = text.slice(spec.span.offset + 1, close).trim();
    const insert = before2 === "" ? ` ${scope}: ${level} ` : `, ${scope}: ${level} `;
    const trimmedEnd = close - (text.slice(0, close).length - text.slice(0, close).trimEnd().length);
    return [{ file: spec.span.file, start: trimmedEnd, end: close, text: insert, line: spec.span.line }];
  }
  const first = Object.values(spec.scopeSpans).sort((a, b) => a.offset - b.offset);
  const last = first.at(-1);
  if (!last || !first[0]) return [];
  const indent = text.slice(lineStart(text, first[0].line), first[0].offset);
  const at = lineEnd(text, last.line);
  return [{ file: spec.span.file, start: at, end: at, text: `${indent}${scope}: ${level}${nl}`, line: last.line + 1 }];
}
function addStepCondition(text, step, condition) {
  const nl = newline(text);
  if (step.if) {
    const old = step.if.value.trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, "$1");
    return [replaceSpan(step.if.span, `\${{ (${old}) && (${condition}) }}`)];
  }
  const indent = " ".repeat(step.span.column - 1);
  const firstLineEnd = lineEnd(text, step.span.line);
  return [
    {
      file: step.span.file,
      start: firstLineEnd,
      end: firstLineEnd,
      text: `${indent}if: ${condition}${nl}`,
      line: step.span.line + 1
    }
  ];
}
function setMaxParallel(text, job, value) {
  const nl = newline(text);
  const strategy = job.strategy;
  if (!strategy?.matrix) return [];
  if (strategy.maxParallel) return [replaceSpan(strategy.maxParallel.span, String(value))];
  const matrixLine = strategy.matrix.span.line;
  const keyLine = text.slice(lineStart(text, matrixLine), lineEnd(text, matrixLine)).includes("matrix:") ? matrixLine : matrixLine - 1;
  const keyText = text.slice(lineStart(text, keyLine), lineEnd(text, keyLine));
  const indent = keyText.slice(0, keyText.length - keyText.trimStart().length);
  const at = lineStart(text, keyLine);
  return [{ file: job.file, start: at, end: at, text: `${indent}max-parallel: ${value}${nl}`, line: keyLine }];
}
function addStepInput(text, step, key, value) {
  const nl = newline(text);
  const indent = " ".repeat(step.span.column - 1);
  const inputs = Object.values(step.with).sort((a, b) => a.span.offset - b.span.offset);
  const first = inputs[0];
  if (first) {
    const line = text.slice(lineStart(text, first.span.line), lineEnd(text, first.span.line));
    const inputIndent = line.slice(0, line.length - line.trimStart().length);
    const at = lineStart(text, first.span.line);
    return [
      { file: step.span.file, start: at, end: at, text: `${inputIndent}${key}: ${value}${nl}`, line: first.span.line }
    ];
  }
  const end = lineEnd(text, blockEndLine(text, step.span.line, step.span.column - 1));
  return [
    {
      file: step.span.file,
      start: end,
      end,
      text: `${indent}with:${nl}${indent}  ${key}: ${value}${nl}`,
      line: lineOf(text, end)
    }
  ];
}
function insertStepBefore(text, step, lines) {
  const nl = newline(text);
  const dashColumn = step.span.column - 3;
  const indent = " ".repeat(Math.max(0, dashColumn));
  const at = lineStart(text, step.span.line);
  const body = lines.map((l, i) => `${indent}${i === 0 ? "- " : "  "}${l}${nl}`).join("");
  return { file: step.span.file, start: at, end: at, text: body, line: step.span.line };
}

// src/doctor/rules/common.ts
function fileEvidence(span, text) {
  return { where: { kind: "file", file: span.file, line: span.line, column: span.column }, text };
}
function logEvidence(error, prefix2 = "") {
  return {
    where: { kind: "log", line: error.line, ...error.job ? { job: error.job } : {} },
    text: `${prefix2}${error.text}`
  };
}
function apiEvidence(call, field, value, text) {
  return { where: { kind: "api", call, field, value }, text };
}
function failure(evidence) {
  return evidence.log ? primaryError(evidence.log) : void 0;
}
function failedWith(evidence, ...kinds) {
  const error = failure(evidence);
  return error && kinds.includes(error.kind) ? error : void 0;
}
function ownerOf(repository) {
  return repository?.split("/")[0];
}
function githubPushes(evidence) {
  return (evidence.static?.pushes ?? []).filter((p) => p.githubImages.length > 0);
}
function splitImage(image) {
  const parts = image.split("/");
  if (parts.length < 3) return void 0;
  const [host2, owner, ...rest] = parts;
  if (!host2 || !owner) return void 0;
  return { host: host2, owner, name: rest.join("/") };
}
function webOrigin(apiUrl) {
  try {
    const url = new URL(apiUrl);
    if (url.hostname === "api.github.com") return "https://github.com";
    return `${url.protocol}//${url.host}`;
  } catch {
    return "https://github.com";
  }
}
function packageSettingsUrl(evidence, owner, name3, org) {
  const base = webOrigin(evidence.apiUrl);
  const kind = org ? "orgs" : "users";
  return `${base}/${kind}/${owner}/packages/container/${encodeURIComponent(name3)}/settings`;
}
function ownerIsOrg(evidence) {
  const pkg = evidence.live.package;
  if (pkg) return pkg.ownerType === "org";
  return evidence.live.repository?.ownerType === "Organization";
}
function clamp(value) {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
function refsOf(push) {
  const seen = /* @__PURE__ */ new Set();
  return [...push.step.legs.flatMap((leg) => leg.images), ...push.step.metadata?.images ?? []].filter((ref) => {
    const key = `${ref.span.file}:${ref.span.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/doctor/rules/events.ts
var FORK_GUARD = "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository";
var DEPENDABOT_GUARD = "github.actor != 'dependabot[bot]'";
var READ_ONLY_DENIALS = [
  "installation-create",
  "installation-write",
  "installation-read",
  "write-package",
  "login-missing",
  "forbidden",
  "installation-missing"
];
function guardFix(evidence, push, condition, summary) {
  const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
  const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
  const step = job?.steps[push.step.stepIndex];
  const text = evidence.static?.texts[push.step.file];
  if (!step || text === void 0) return void 0;
  return { kind: "edit", summary, changes: addStepCondition(text, step, condition) };
}
function pushInputFix(evidence, push) {
  const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
  const step = workflow?.jobs.find((j) => j.id === push.step.jobId)?.steps[push.step.stepIndex];
  const input = step?.with.push;
  if (!input || !/^(true|yes)$/i.test(input.value.trim())) return void 0;
  return {
    kind: "edit",
    summary: "push only for runs of the repository itself (forks still build)",
    changes: [replaceSpan(input.span, `\${{ ${FORK_GUARD} }}`)]
  };
}
var forkPullRequest = {
  id: "fork-pull-request",
  summary: "A push runs on pull requests from forks, where GITHUB_TOKEN is read-only and secrets are absent; guard the push so forks only build.",
  static: true,
  check(evidence) {
    const findings = [];
    const run = evidence.live.run;
    const forkRun = run !== void 0 && FORK_READ_ONLY_EVENTS.includes(run.event) && run.headRepository !== void 0 && evidence.repository !== void 0 && run.headRepository.toLowerCase() !== evidence.repository.toLowerCase();
    for (const push of githubPushes(evidence)) {
      const exposed = push.step.events.filter(
        (e) => FORK_READ_ONLY_EVENTS.includes(e.event) && (e.byOrigin.fork === "yes" || e.byOrigin.fork === "maybe")
      );
      if (exposed.length === 0) continue;
      const certain = exposed.some((e) => e.byOrigin.fork === "yes");
      const items = [
        fileEvidence(
          push.step.span,
          `this step pushes ${push.githubImages.join(", ")} on ${exposed.map((e) => e.event).join(", ")} ${certain ? "even" : "possibly"} for pull requests from forks`
        )
      ];
      let confidence = certain ? 0.55 : 0.3;
      if (forkRun && run) {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/runs/${run.id}`,
            "head_repository.full_name",
            run.headRepository ?? "",
            "the failed run came from a fork"
          )
        );
        confidence = 0.95;
      }
      const denial = failedWith(evidence, ...READ_ONLY_DENIALS);
      if (denial && run?.event && FORK_READ_ONLY_EVENTS.includes(run.event)) confidence = Math.max(confidence, 0.7);
      if (denial && forkRun) items.push(logEvidence(denial, "the push was refused: "));
      const fix = pushInputFix(evidence, push) ?? guardFix(evidence, push, FORK_GUARD, "skip the push for pull requests from forks");
      findings.push({
        id: this.id,
        title: `Step "${push.step.stepName ?? push.step.stepIndex}" pushes on pull requests from forks`,
        severity: certain || forkRun ? "blocking" : "warning",
        confidence: clamp(confidence),
        why: "Pull requests from forks get a read-only GITHUB_TOKEN and no secrets, whatever `permissions:` says, so their push is refused. Build them, but push only from the repository's own runs.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `guard the push with: if: ${FORK_GUARD}`,
          url: `https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication`,
          steps: ["Add the condition to the pushing step"]
        }
      });
    }
    return findings;
  }
};
var dependabotRun = {
  id: "dependabot-run",
  summary: "A push runs for Dependabot's pull requests or branches, where GITHUB_TOKEN is read-only and Actions secrets are absent, even on re-run.",
  static: true,
  check(evidence) {
    const findings = [];
    const run = evidence.live.run;
    const byDependabot = run?.actor === "dependabot[bot]";
    for (const push of githubPushes(evidence)) {
      const exposed = push.step.events.filter(
        (e) => e.event.startsWith("pull_request") && e.event !== "pull_request_target" && e.byOrigin.dependabot === "yes" && e.byOrigin.fork !== "yes"
      );
      const skipsNow = run !== void 0 && push.step.events.some((e) => e.event === run.event) && push.step.events.filter((e) => e.event === run.event).every((e) => e.byOrigin.dependabot === "no");
      if (exposed.length === 0 && !byDependabot || skipsNow) continue;
      const items = [];
      if (exposed.length > 0) {
        items.push(
          fileEvidence(
            push.step.span,
            `this step pushes on ${exposed.map((e) => e.event).join(", ")} for Dependabot's pull requests (same repository, still read-only)`
          )
        );
      }
      let confidence = exposed.length > 0 ? 0.4 : 0.2;
      if (byDependabot && run) {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/runs/${run.id}`,
            "actor.login",
            "dependabot[bot]",
            "the failed run was triggered by Dependabot"
          )
        );
        confidence = 0.95;
        const denial = failedWith(evidence, ...READ_ONLY_DENIALS);
        if (denial) items.push(logEvidence(denial, "the push was refused: "));
      }
      const fix = guardFix(evidence, push, DEPENDABOT_GUARD, "skip the push for Dependabot's runs");
      findings.push({
        id: this.id,
        title: "The push runs for Dependabot, whose token is read-only",
        severity: byDependabot ? "blocking" : "warning",
        confidence: clamp(confidence),
        why: "Runs triggered by Dependabot are treated like forks: read-only GITHUB_TOKEN and no Actions secrets, even when re-run by someone else.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `guard the push with: if: ${DEPENDABOT_GUARD}`,
          url: "https://docs.github.com/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions",
          steps: ["Add the condition to the pushing step"]
        }
      });
      if (byDependabot) break;
    }
    return findings;
  }
};

// src/doctor/rules/namespace.ts
var wrongNamespace = {
  id: "wrong-namespace",
  summary: "The image is pushed into another owner's namespace (a hard-coded or upstream owner, `github.actor`), where this repository's token cannot create or write packages.",
  static: true,
  check(evidence) {
    const owner = ownerOf(evidence.repository)?.toLowerCase();
    if (!owner) return [];
    const findings = [];
    const error = failedWith(evidence, "installation-missing", "create-package", "auth-required");
    for (const push of githubPushes(evidence)) {
      for (const ref of refsOf(push)) {
        const first = ref.repository?.split("/")[0];
        const actor = ref.sources.some((s) => s.kind === "context" && s.path === "github.actor");
        if (!first || first.includes("${") || first.toLowerCase() === owner && !actor) continue;
        const items = [
          fileEvidence(
            ref.span,
            actor ? `${ref.pattern}: github.actor names whoever started the run, not the owner` : `${ref.pattern} is in ${first}'s namespace; the workflow runs in ${evidence.repository}`
          )
        ];
        if (error) items.push(logEvidence(error, "refused: "));
        const text = evidence.static?.texts[ref.span.file];
        const slice = text?.slice(ref.span.offset, ref.span.endOffset);
        const at = slice?.indexOf(`/${first}/`) ?? -1;
        const fix = !actor && slice !== void 0 && at >= 0 ? {
          kind: "edit",
          summary: `push to ${owner}'s namespace`,
          changes: [
            {
              file: ref.span.file,
              start: ref.span.offset + at + 1,
              end: ref.span.offset + at + 1 + first.length,
              text: owner,
              line: ref.span.line
            }
          ]
        } : {
          kind: "ui",
          summary: "name the image under the repository's owner: ghcr.io/${{ github.repository_owner }}/NAME (lower-cased)",
          url: `${webOrigin(evidence.apiUrl)}/${evidence.repository}`,
          steps: ["Replace the owner in the image name"]
        };
        findings.push({
          id: this.id,
          title: `The image is pushed to ${actor ? "github.actor's" : `${first}'s`} namespace`,
          severity: actor ? "warning" : "blocking",
          confidence: clamp((actor ? 0.45 : 0.7) + (error ? 0.25 : 0)),
          why: "GITHUB_TOKEN can create and write packages only in the namespace of the repository's owner; elsewhere GHCR answers 'The requested installation does not exist.'",
          evidence: items,
          fix
        });
      }
    }
    return findings;
  }
};
var crossOwnerCacheScope = {
  id: "cross-owner-cache-scope",
  summary: "A registry cache (cache-from/cache-to) points at another owner's package; BuildKit asks one token for all scopes and GHCR refuses the whole token.",
  static: true,
  check(evidence) {
    const owner = ownerOf(evidence.repository)?.toLowerCase();
    if (!owner) return [];
    const findings = [];
    const error = failedWith(evidence, "oauth-denied", "installation-missing", "read-package", "forbidden");
    const seen = /* @__PURE__ */ new Set();
    for (const push of githubPushes(evidence)) {
      for (const cache of push.step.legs.flatMap((leg) => leg.cache)) {
        const ref = cache.ref;
        const first = ref?.repository?.split("/")[0];
        if (!ref?.registry || !evidence.githubHosts.includes(ref.registry.toLowerCase()) || !first || first.includes("${"))
          continue;
        if (first.toLowerCase() === owner) continue;
        const key = `${cache.span.file}:${cache.span.offset}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const items = [
          fileEvidence(cache.span, `cache-${cache.direction} uses ${ref.pattern}, in ${first}'s namespace`)
        ];
        if (error) items.push(logEvidence(error, "refused: "));
        findings.push({
          id: this.id,
          title: `The build cache points at ${first}'s package`,
          severity: error ? "blocking" : "warning",
          confidence: clamp(0.45 + (error ? 0.4 : 0)),
          why: "BuildKit requests one registry token covering the cache, the base images and the push target; if any scope is refused, the push fails with it.",
          evidence: items,
          fix: {
            kind: "edit",
            summary: "use the GitHub Actions cache instead",
            changes: [replaceSpan(cache.span, cache.direction === "to" ? "type=gha,mode=max" : "type=gha")]
          }
        });
      }
    }
    return findings;
  }
};
var ghesHost = {
  id: "ghes-host",
  summary: "The workflow pushes to ghcr.io from GitHub Enterprise Server (or to a GHES registry from github.com); each instance's token works only with its own registry.",
  static: true,
  check(evidence) {
    const expected = evidence.registryHost;
    const items = [];
    let wrong;
    for (const push of githubPushes(evidence)) {
      const hosts = push.githubImages.map((i) => i.split("/")[0] ?? "");
      const host2 = hosts.find((h) => h !== expected && (h === "ghcr.io" || h.startsWith("containers.")));
      if (!host2) continue;
      wrong = host2;
      items.push(fileEvidence(push.step.span, `pushes to ${host2}; the registry of ${evidence.apiUrl} is ${expected}`));
    }
    if (!wrong) return [];
    return [
      {
        id: this.id,
        title: `The workflow pushes to ${wrong}, but the repository is served by ${webOrigin(evidence.apiUrl)}`,
        severity: "blocking",
        confidence: 0.7,
        why: "A GitHub Enterprise Server GITHUB_TOKEN cannot authenticate to ghcr.io, and its own registry is containers.HOSTNAME (with Packages and subdomain isolation enabled by the site admin).",
        evidence: items,
        fix: {
          kind: "ui",
          summary: `push to ${expected} (and log in there)`,
          url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? ""}`,
          steps: [
            `Replace ${wrong} with ${expected} in the image names and the login step`,
            "Ask the site administrator to enable GitHub Packages and subdomain isolation if the registry does not answer"
          ]
        }
      }
    ];
  }
};
var orgPackageCreationPolicy = {
  id: "org-package-creation-policy",
  summary: "The organisation's package-creation settings do not allow creating a package of the repository's visibility, so the workflow cannot create it.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "installation-create", "create-package");
    if (!error || !(ownerIsOrg(evidence) || /organization package/i.test(error.text))) return [];
    if (evidence.live.package?.status === "found") return [];
    const granted = githubPushes(evidence).every((p) => p.packages === "write");
    const org = evidence.live.package?.owner ?? ownerOf(evidence.repository) ?? "ORG";
    const visibility = evidence.live.repository?.visibility;
    return [
      {
        id: this.id,
        title: `${org} may not allow creating ${visibility ?? "this kind of"} packages`,
        severity: "blocking",
        confidence: clamp(granted ? 0.6 : 0.3),
        why: "A package created by a workflow takes the repository's visibility; organisations choose which visibilities members and workflows may create (Settings \u2192 Packages \u2192 Package creation). No API shows this setting.",
        evidence: [logEvidence(error, "refused: ")],
        fix: {
          kind: "ui",
          summary: `allow ${visibility ?? "the repository's visibility"} package creation in ${org}`,
          url: `${webOrigin(evidence.apiUrl)}/organizations/${org}/settings/packages`,
          steps: [
            'Under "Package creation" tick the visibility of the repository (Public, Private or Internal)',
            "Save (organisation owners only)"
          ]
        }
      }
    ];
  }
};
var LOGIN_LINES = [
  "name: Log in to REGISTRY",
  "uses: docker/login-action@v3",
  "with:",
  "  registry: REGISTRY",
  "  username: ${{ github.actor }}",
  "  password: ${{ secrets.GITHUB_TOKEN }}"
];
var notLoggedIn = {
  id: "not-logged-in",
  summary: "The pushing job does not log in to the GitHub registry (no login step, a login-action without `registry:` that goes to Docker Hub, or an empty password).",
  static: true,
  check(evidence) {
    const findings = [];
    const error = failedWith(evidence, "login-missing", "auth-required");
    for (const push of githubPushes(evidence)) {
      if (![
        "build-push-action",
        "bake-action",
        "docker-push",
        "docker-build-push",
        "buildx-bake-push",
        "imagetools-create"
      ].includes(push.step.kind))
        continue;
      const host2 = push.githubImages[0]?.split("/")[0] ?? "ghcr.io";
      const logins = push.step.logins;
      const toHost = logins.filter((l) => l.registry === void 0 || l.registry === host2);
      const missing = toHost.filter((l) => l.password.kind === "missing");
      if (toHost.length > 0 && missing.length === 0) continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
      const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
      const text = evidence.static?.texts[push.step.file];
      const hub = logins.find((l) => l.kind === "login-action" && l.registry === "docker.io");
      const items = [fileEvidence(push.step.span, `pushes to ${host2}`)];
      let fix;
      if (missing[0]) {
        items.push(fileEvidence(missing[0].span, "the login has no password"));
      } else if (hub && job && text !== void 0) {
        items.push(fileEvidence(hub.span, "docker/login-action without `registry:` logs in to Docker Hub"));
        const step = job.steps[hub.stepIndex];
        if (step)
          fix = { kind: "edit", summary: `log in to ${host2}`, changes: addStepInput(text, step, "registry", host2) };
      } else {
        items.push(fileEvidence(push.step.stepSpan, `no login to ${host2} earlier in job "${push.step.jobId}"`));
        const step = job?.steps[push.step.stepIndex];
        if (step && text !== void 0) {
          fix = {
            kind: "edit",
            summary: `log in to ${host2} with GITHUB_TOKEN before the push`,
            changes: [
              insertStepBefore(
                text,
                step,
                LOGIN_LINES.map((l) => l.replaceAll("REGISTRY", host2))
              )
            ]
          };
        }
      }
      if (error) items.push(logEvidence(error, "refused: "));
      findings.push({
        id: this.id,
        title: `Job "${push.step.jobId}" is not logged in to ${host2}`,
        severity: "blocking",
        confidence: clamp(0.75 + (error ? 0.2 : 0)),
        why: "The push needs a login to the registry in the same job; docker/login-action without `registry:` logs in to Docker Hub, and an empty secret (forks, Dependabot, a typo) fails with 'Username and password required'.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `log in to ${host2} in the pushing job with GITHUB_TOKEN`,
          url: "https://github.com/docker/login-action#github-container-registry",
          steps: [
            "Add docker/login-action with registry, username: ${{ github.actor }}, password: ${{ secrets.GITHUB_TOKEN }}"
          ]
        }
      });
    }
    const refusedLogin = failedWith(evidence, "login-missing", "auth-required");
    if (findings.length === 0 && refusedLogin && /password required|username required|v2\/"?: denied: denied/i.test(refusedLogin.text)) {
      for (const push of githubPushes(evidence)) {
        const login = push.step.logins.find((l) => l.password.kind === "secret" || l.password.kind === "other");
        if (!login) continue;
        const secret = login.password.kind === "secret" ? login.password.name : "the password";
        findings.push({
          id: this.id,
          title: `The login before job "${push.step.jobId}"'s push failed: ${secret} is empty or not a valid token`,
          severity: "blocking",
          confidence: 0.8,
          why: "The registry refused the login itself, before any push: the secret it reads is empty in this run (not set, or not passed to forks and Dependabot), or holds an expired or wrong token.",
          evidence: [fileEvidence(login.span, `logs in with ${secret}`), logEvidence(refusedLogin, "refused: ")],
          fix: {
            kind: "ui",
            summary: `set ${secret} to a valid token, or log in with GITHUB_TOKEN (packages: write)`,
            url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/settings/secrets/actions`,
            steps: [
              `Check that the secret ${secret} exists in the repository (or organisation) and is not empty`,
              "Or replace it with ${{ secrets.GITHUB_TOKEN }} and give the job permissions: packages: write"
            ]
          }
        });
        break;
      }
    }
    return findings;
  }
};

// src/doctor/rules/package-view.ts
var ACCESS_DENIALS = ["write-package", "read-package", "installation-read", "forbidden"];
function pathOf(image) {
  return image.split("/").slice(1).join("/").toLowerCase();
}
function foundPackage(evidence) {
  const pkg = evidence.live.package;
  if (pkg?.status !== "found") return void 0;
  const kind = pkg.ownerType === "org" ? "orgs" : "users";
  return {
    owner: pkg.owner,
    name: pkg.name,
    org: pkg.ownerType === "org",
    call: `GET /${kind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}`,
    linked: pkg.data.repository?.full_name,
    createdAt: pkg.data.created_at
  };
}
function accessUi(evidence, view, role = "Write") {
  return {
    kind: "ui",
    summary: `give ${evidence.repository ?? "the repository"} ${role} access to the package (no API can do this)`,
    url: packageSettingsUrl(evidence, view.owner, view.name, view.org),
    steps: [
      "Open the package settings",
      'Under "Manage Actions access" click "Add repository"',
      `Choose ${evidence.repository ?? "the repository whose workflow pushes"} and set the role to ${role}`
    ]
  };
}
function probeEvidence(evidence) {
  const probe = evidence.live.probe;
  if (!probe) return void 0;
  return {
    where: { kind: "probe", request: probe.request, result: `${probe.status}` },
    text: probe.status === 202 ? "the registry accepts a write now (upload session opened and cancelled)" : `the registry refuses a write: ${probe.text}`
  };
}
function refusedNow(evidence) {
  const probe = evidence.live.probe;
  return probe !== void 0 && probe.status !== 202;
}
function accessDenial(evidence) {
  const denial = failedWith(evidence, ...ACCESS_DENIALS);
  return denial ? logEvidence(denial, "the push was refused: ") : void 0;
}
function newness(evidence, view) {
  const created = Date.parse(view.createdAt);
  const failedAt = failure(evidence)?.time;
  const seconds = failedAt ? (Date.parse(failedAt) - created) / 1e3 : void 0;
  const run = evidence.live.run;
  const duringRun = run !== void 0 && created >= Date.parse(run.createdAt) - 1e3;
  return { seconds, duringRun };
}

// src/doctor/rules/package.ts
var packageNotLinked = {
  id: "package-not-linked",
  summary: "The package exists but is linked to no repository (it was first pushed by hand, a PAT or another tool), so the workflow's GITHUB_TOKEN has no access to it.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    if (!view || view.linked !== void 0) return [];
    const items = [
      apiEvidence(view.call, "repository", "(absent)", "the package is linked to no repository")
    ];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    const probe = probeEvidence(evidence);
    if (probe) items.push(probe);
    const accepted = evidence.live.probe?.status === 202 && evidence.live.token?.kind === "installation";
    return [
      {
        id: this.id,
        title: `Package ${view.owner}/${view.name} is not linked to ${evidence.repository ?? "the repository"}`,
        severity: accepted ? "warning" : "blocking",
        confidence: clamp(0.6 + (denial ? 0.25 : 0) + (refusedNow(evidence) ? 0.05 : 0) - (accepted ? 0.3 : 0)),
        why: "A package pushed from the command line is not linked to a repository, and a workflow's GITHUB_TOKEN can only write packages whose Actions access includes its repository. Labels (org.opencontainers.image.source) link a package only when it is first created.",
        evidence: items,
        fix: accessUi(evidence, view),
        otherFixes: [
          {
            kind: "ui",
            summary: "connect the repository and let the package inherit its access",
            url: packageSettingsUrl(evidence, view.owner, view.name, view.org),
            steps: ['Under "Repository source" connect the repository', 'Tick "Inherit access from source repository"']
          }
        ]
      }
    ];
  }
};
var packageOtherRepository = {
  id: "package-other-repository",
  summary: "The package is linked to a different repository (a split, merge or renamed repository); only that repository's workflows can write it until access is granted.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    if (!view?.linked || !evidence.repository || view.linked.toLowerCase() === evidence.repository.toLowerCase())
      return [];
    const items = [
      apiEvidence(
        view.call,
        "repository.full_name",
        view.linked,
        `the package belongs to ${view.linked}, not ${evidence.repository}`
      )
    ];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    const probe = probeEvidence(evidence);
    if (probe) items.push(probe);
    return [
      {
        id: this.id,
        title: `Package ${view.owner}/${view.name} belongs to ${view.linked}`,
        severity: "blocking",
        confidence: clamp(0.65 + (denial ? 0.25 : 0)),
        why: "A package created by another repository's workflow gives write access to that repository; this repository's GITHUB_TOKEN is refused until it is added under Manage Actions access.",
        evidence: items,
        fix: accessUi(evidence, view),
        otherFixes: [
          {
            kind: "ui",
            summary: "or rename the image so this repository's workflow creates and owns a new package",
            url: packageSettingsUrl(evidence, view.owner, view.name, view.org),
            steps: [
              "Run `dockhand rename OLD NEW` in the repository",
              "Push; the new package is linked to this repository"
            ]
          }
        ]
      }
    ];
  }
};
var packageNoActionsAccess = {
  id: "package-no-actions-access",
  summary: "The package is linked to this repository but its Manage Actions access does not give the repository Write, so GITHUB_TOKEN is refused with write_package.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    if (!view && !evidence.live.token) return withoutToken(evidence);
    if (!view?.linked || !evidence.repository || view.linked.toLowerCase() !== evidence.repository.toLowerCase())
      return [];
    const denial = failedWith(evidence, ...ACCESS_DENIALS);
    const workflowProbe = evidence.live.token?.kind === "installation" && refusedNow(evidence);
    if (!denial && !workflowProbe) return [];
    const { seconds, duringRun } = newness(evidence, view);
    const fresh = duringRun || seconds !== void 0 && seconds >= 0 && seconds < 600;
    const items = [
      apiEvidence(view.call, "repository.full_name", view.linked, "the package is linked to this repository")
    ];
    if (denial) items.push(logEvidence(denial, "the push was refused: "));
    const probe = probeEvidence(evidence);
    if (probe) items.push(probe);
    const acceptedNow = evidence.live.probe?.status === 202;
    let confidence = 0.45 + (workflowProbe ? 0.35 : 0) - (fresh ? 0.25 : 0) - (acceptedNow ? 0.2 : 0);
    if (view.linked && !fresh && !acceptedNow) confidence += 0.1;
    return [
      {
        id: this.id,
        title: `${evidence.repository} lacks Write in the package's Actions access`,
        severity: acceptedNow ? "warning" : "blocking",
        confidence: clamp(confidence),
        why: "Only repositories listed under the package's Manage Actions access with Write (or Admin) can push with GITHUB_TOKEN; the list is kept in the web UI only, and no API shows or edits it.",
        evidence: items,
        fix: accessUi(evidence, view)
      }
    ];
  }
};
function withoutToken(evidence) {
  const denial = failedWith(evidence, "write-package", "forbidden");
  const named = denial?.image ?? evidence.image;
  const image = named ? splitImage(named) : void 0;
  if (!denial || !named || !image) return [];
  const covers = (i) => pathOf(named) === pathOf(i) || pathOf(named).startsWith(`${pathOf(i)}/`);
  const pushes = githubPushes(evidence).filter((p) => p.githubImages.some(covers));
  const granted = pushes.find((p) => p.packages === "write");
  if (!granted) return [];
  const url = packageSettingsUrl(evidence, image.owner, image.name, ownerIsOrg(evidence));
  return [
    {
      id: "package-no-actions-access",
      title: `${evidence.repository ?? "The repository"} may lack Write in the package's Actions access`,
      severity: "blocking",
      confidence: 0.45,
      why: "The job has packages: write, yet GHCR refused write_package: the package's own settings decide then (Manage Actions access, the linked repository, or a deleted package of that name). Which one needs the package read through the API.",
      evidence: [
        fileEvidence(granted.step.span, `job "${granted.step.jobId}" has packages: write`),
        logEvidence(denial, "the push was refused: ")
      ],
      fix: {
        kind: "ui",
        summary: "check the package's Manage Actions access (or let dockhand read it with a token)",
        url,
        steps: [
          `Run \`dockhand doctor --token <a PAT with read:packages>\` to read the package and decide between the package-* causes`,
          'Or open the package settings: under "Manage Actions access" the repository must be listed with the Write role',
          'Under "Repository source" check that the package is linked to this repository'
        ]
      }
    }
  ];
}

// src/doctor/rules/package-lifecycle.ts
var packageDeleted = {
  id: "package-deleted",
  summary: "The package was deleted (and possibly re-created since); restore it within 30 days while its name is free, or rename the image.",
  static: false,
  check(evidence) {
    const pkg = evidence.live.package;
    const run = evidence.live.run;
    if (!pkg) return [];
    const kind = pkg.ownerType === "org" ? "orgs" : "users";
    const call = `GET /${kind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}`;
    const items = [];
    let confidence = 0;
    const created = pkg.status === "found" ? Date.parse(pkg.data.created_at) : void 0;
    const earlier = (evidence.live.successfulRuns ?? []).filter(
      (r) => (created === void 0 || Date.parse(r.createdAt) < created) && (run === void 0 || Date.parse(r.createdAt) < Date.parse(run.createdAt) && (!run.path || r.path === run.path))
    );
    const oldest = earlier.at(-1);
    if (pkg.status === "missing") {
      items.push(apiEvidence(call, "status", "404", "the package does not exist"));
      if (oldest) {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/runs`,
            "created_at",
            oldest.createdAt,
            `the workflow pushed successfully before (run ${oldest.id}), so the package existed and was deleted`
          )
        );
        confidence = 0.6;
      } else {
        return [];
      }
    } else if (created !== void 0 && oldest) {
      items.push(
        apiEvidence(
          call,
          "created_at",
          pkg.data.created_at,
          "the package is newer than the workflow's earlier successful pushes"
        )
      );
      items.push(
        apiEvidence(
          `GET /repos/${evidence.repository}/actions/runs`,
          "created_at",
          oldest.createdAt,
          `run ${oldest.id} pushed successfully before the package was created: an earlier package of this name was deleted`
        )
      );
      confidence = 0.45;
    }
    const deletedVersions = evidence.live.deletedVersions ?? [];
    if (deletedVersions.length > 0) {
      items.push(
        apiEvidence(
          `${call}/versions?state=deleted`,
          "length",
          String(deletedVersions.length),
          "deleted versions can be restored one by one"
        )
      );
      confidence = Math.max(confidence, 0.25);
    }
    if (items.length === 0 || confidence === 0) return [];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    const restore = {
      kind: "api",
      summary: pkg.status === "missing" ? "restore the deleted package (within 30 days of its deletion)" : "restore the deleted package after deleting the new one that holds its name",
      action: "restore-package",
      call: `POST /${kind}/${pkg.owner}/packages/container/${encodeURIComponent(pkg.name)}/restore`,
      params: { owner: pkg.owner, owner_type: pkg.ownerType, package: pkg.name }
    };
    const settings = {
      kind: "ui",
      summary: "see the deleted packages and restore one (only the web UI lists deleted packages)",
      url: pkg.ownerType === "org" ? `${webOrigin(evidence.apiUrl)}/organizations/${pkg.owner}/settings/packages` : `${webOrigin(evidence.apiUrl)}/settings/packages`,
      steps: [
        'Open "Deleted Packages"',
        `Restore ${pkg.name}`,
        "A package can be restored only while no other package uses its name"
      ]
    };
    const rename = {
      kind: "ui",
      summary: "or rename the image: the workflow creates and links a fresh package",
      url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}`,
      steps: ["dockhand rename OLD NEW --apply", "dockhand copy the old tags if they are still needed"]
    };
    return [
      {
        id: this.id,
        title: pkg.status === "missing" ? `Package ${pkg.owner}/${pkg.name} was deleted` : `Package ${pkg.owner}/${pkg.name} was deleted and re-created`,
        severity: pkg.status === "missing" ? "warning" : "info",
        confidence: clamp(confidence),
        why: "A deleted package can be restored for 30 days while its name is unused; a new package of the same name blocks the restore. Deleting and re-creating packages makes the next pushes race a brand-new package.",
        evidence: items,
        fix: pkg.status === "missing" ? restore : settings,
        otherFixes: pkg.status === "missing" ? [settings, rename] : [rename]
      }
    ];
  }
};
var repositoryRecreated = {
  id: "repository-recreated",
  summary: "The repository was deleted and re-created (or transferred) after the package was created, so the package's link and access point at the old repository.",
  static: false,
  check(evidence) {
    const view = foundPackage(evidence);
    const repo = evidence.live.repository;
    if (!view || !repo) return [];
    if (view.linked && view.linked.toLowerCase() !== repo.fullName.toLowerCase()) return [];
    if (Date.parse(repo.createdAt) <= Date.parse(view.createdAt)) return [];
    const items = [
      apiEvidence(
        `GET /repos/${repo.fullName}`,
        "created_at",
        repo.createdAt,
        "the repository is younger than the package"
      ),
      apiEvidence(
        view.call,
        "created_at",
        view.createdAt,
        "the package was created by an earlier repository of this name"
      )
    ];
    const denial = accessDenial(evidence);
    if (denial) items.push(denial);
    return [
      {
        id: this.id,
        title: `${repo.fullName} was re-created after the package`,
        severity: "blocking",
        confidence: clamp(0.55 + (denial ? 0.25 : 0)),
        why: "A package's access belongs to the repository it was created by; a new repository with the same name is a different repository to GitHub.",
        evidence: items,
        fix: accessUi(evidence, view)
      }
    ];
  }
};

// src/doctor/rules/permissions.ts
var TOKEN_DENIALS = ["installation-create", "installation-write", "write-package", "forbidden"];
function usesGithubToken(push) {
  const logins = push.step.logins.filter(
    (l) => l.registry === void 0 || push.githubImages.some((i) => i.startsWith(`${l.registry}/`))
  );
  return logins.length === 0 || logins.some((l) => l.password.kind === "github-token");
}
function editFix(evidence, push) {
  const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
  const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
  const text = evidence.static?.texts[push.step.file];
  if (!workflow || !job || text === void 0) return void 0;
  const changes = grantPackagesWrite(text, workflow, job);
  if (changes.length === 0) return void 0;
  return {
    kind: "edit",
    summary: `give job "${job.id}" in ${push.step.file} \`permissions: packages: write\``,
    changes
  };
}
function byJob(pushes) {
  const seen = /* @__PURE__ */ new Set();
  return pushes.filter((p) => {
    const key = `${p.step.file}#${p.step.jobId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var missingPackagesWrite = {
  id: "workflow-missing-packages-write",
  summary: "A job that pushes with GITHUB_TOKEN has a `permissions:` block (its own or the workflow's) without `packages: write`, so the token cannot write packages.",
  static: true,
  check(evidence) {
    const findings = [];
    for (const push of byJob(githubPushes(evidence))) {
      if (push.permissionOrigin === "repository-default") continue;
      if (push.packages !== "none" && push.packages !== "read") continue;
      if (!usesGithubToken(push)) continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
      const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
      const block = job?.permissions ?? workflow?.permissions;
      const items = [
        fileEvidence(
          push.step.span,
          `job "${push.step.jobId}" pushes ${push.githubImages.join(", ")} with GITHUB_TOKEN, which gets packages: ${push.packages}`
        )
      ];
      if (block)
        items.push(
          fileEvidence(
            block.span,
            "this permissions block does not grant packages: write (unlisted scopes become none)"
          )
        );
      if (push.permissionOrigin === "caller") {
        items.push(
          fileEvidence(push.step.stepSpan, "a reusable workflow only keeps or lowers what the calling job grants")
        );
      }
      const denial = failedWith(evidence, ...TOKEN_DENIALS);
      if (denial) items.push(logEvidence(denial, "the push was refused: "));
      const logged = evidence.log?.tokenPermissions;
      if (logged && logged.packages !== "write") {
        items.push(
          logEvidence({
            line: logged.line,
            job: logged.job,
            text: `GITHUB_TOKEN Permissions: Packages: ${logged.packages}`
          })
        );
      }
      const fix = editFix(evidence, push);
      findings.push({
        id: this.id,
        title: `Job "${push.step.jobId}" pushes without packages: write`,
        severity: "blocking",
        confidence: clamp(0.85 + (denial ? 0.1 : 0)),
        why: "When a workflow or job sets `permissions:`, every scope it does not list is none; GITHUB_TOKEN then cannot create or write the package.",
        evidence: items,
        fix: fix ?? {
          kind: "ui",
          summary: `add \`packages: write\` to the permissions of job "${push.step.jobId}" in ${push.step.file} (and of the calling job, for a reusable workflow)`,
          url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/blob/HEAD/${push.step.file}`,
          steps: [
            "Edit the workflow file",
            "Under the job, set `permissions:` with `contents: read` and `packages: write`"
          ]
        }
      });
    }
    return findings;
  }
};
var repoDefaultReadOnly = {
  id: "repo-default-read-only",
  summary: "A pushing job sets no `permissions:` and the repository's default GITHUB_TOKEN permissions are read-only (the default for new repositories since 2023).",
  static: true,
  check(evidence) {
    const findings = [];
    const known = evidence.live.defaultPermissions;
    const logged = evidence.log?.tokenPermissions;
    for (const push of byJob(githubPushes(evidence))) {
      if (push.permissionOrigin !== "repository-default" || !usesGithubToken(push)) continue;
      if (known === "write") continue;
      const items = [
        fileEvidence(
          push.step.span,
          `job "${push.step.jobId}" pushes with GITHUB_TOKEN and sets no permissions: it gets the repository default`
        )
      ];
      let confidence = 0.3;
      if (known === "read") {
        items.push(
          apiEvidence(
            `GET /repos/${evidence.repository}/actions/permissions/workflow`,
            "default_workflow_permissions",
            "read",
            "the repository default gives GITHUB_TOKEN packages: read"
          )
        );
        confidence = 0.9;
      }
      if (logged && logged.packages !== "write") {
        items.push(
          logEvidence({
            line: logged.line,
            job: logged.job,
            text: `GITHUB_TOKEN Permissions: Packages: ${logged.packages}`
          })
        );
        confidence = Math.max(confidence, 0.85);
      }
      const denial = failedWith(evidence, ...TOKEN_DENIALS);
      if (denial && confidence < 0.85) {
        items.push(logEvidence(denial, "the push was refused: "));
        confidence += 0.2;
      }
      const fix = editFix(evidence, push);
      const settings = `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/settings/actions`;
      const api = {
        kind: "api",
        summary: "set the repository's default workflow permissions to read and write",
        action: "set-default-workflow-permissions",
        call: `PUT /repos/${evidence.repository ?? "{owner}/{repo}"}/actions/permissions/workflow {"default_workflow_permissions":"write"}`,
        params: { repository: evidence.repository ?? "", default_workflow_permissions: "write" }
      };
      const ui = {
        kind: "ui",
        summary: "switch the repository's workflow permissions to read and write",
        url: settings,
        steps: [
          "Open Settings \u2192 Actions \u2192 General",
          "Under Workflow permissions choose Read and write permissions",
          "Save"
        ]
      };
      findings.push({
        id: this.id,
        title: known === "read" ? "The repository's default GITHUB_TOKEN is read-only" : "The pushing job relies on the repository's default token permissions",
        severity: known === "read" || logged && logged.packages !== "write" ? "blocking" : "warning",
        confidence: clamp(confidence),
        why: "Without a `permissions:` block the job gets the repository default; read-only (the default since February 2023) gives packages: read. Granting packages: write in the workflow is the least-privilege fix and works whatever the default is.",
        evidence: items,
        fix: fix ?? ui,
        otherFixes: evidence.repository ? [api, ui] : [ui]
      });
    }
    return findings;
  }
};

// src/doctor/rules/race.ts
function parallelPushes(evidence, image) {
  const pushes = githubPushes(evidence).filter(
    (p) => !image || p.githubImages.some((i) => pathOf(i) === pathOf(image))
  );
  for (const push of pushes) {
    const workflow = evidence.static?.workflows.find((w) => w.file === push.step.file);
    const job = workflow?.jobs.find((j) => j.id === push.step.jobId);
    const perPackage = /* @__PURE__ */ new Map();
    for (const leg of push.step.legs) {
      for (const path5 of new Set(
        leg.images.map((i) => `${i.registry ?? "?"}/${i.repository ?? i.pattern}`.toLowerCase())
      )) {
        perPackage.set(path5, (perPackage.get(path5) ?? 0) + 1);
      }
    }
    const legs = Math.max(0, ...perPackage.values());
    const maxParallel = job?.strategy?.maxParallel?.value;
    if (legs > 1 && maxParallel !== "1") {
      const tags = push.step.legs.flatMap((leg) => leg.images.map((i) => i.tag).filter(Boolean)).join(", ");
      return {
        push,
        text: `job "${push.step.jobId}" runs ${legs} matrix legs in parallel, each pushing to the same package${tags ? ` (${tags})` : ""}`
      };
    }
  }
  for (const a of pushes) {
    for (const b of pushes) {
      if (a === b || a.step.file !== b.step.file || a.step.jobId >= b.step.jobId) continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === a.step.file);
      const needs = (id) => workflow?.jobs.find((j) => j.id === id)?.needs.map((n) => n.value) ?? [];
      if (needs(a.step.jobId).includes(b.step.jobId) || needs(b.step.jobId).includes(a.step.jobId)) continue;
      return {
        push: a,
        text: `jobs "${a.step.jobId}" and "${b.step.jobId}" push to the same package with no needs: between them`
      };
    }
  }
  return void 0;
}
var newPackageRace = {
  id: "new-package-race",
  summary: "Parallel pushes (matrix legs, several tags) hit a package in the seconds after one of them created it, and GHCR refuses the others; create the package from one job first, or retry.",
  static: true,
  check(evidence) {
    const error = failedWith(evidence, "write-package", "read-package", "forbidden");
    const image = error?.image ?? evidence.image;
    const parallel = parallelPushes(evidence, image);
    const view = foundPackage(evidence);
    const items = [];
    let confidence = 0;
    if (parallel) {
      items.push(fileEvidence(parallel.push.step.span, parallel.text));
      confidence += 0.15;
    }
    if (error) {
      items.push(logEvidence(error, "refused: "));
      confidence += 0.35;
      if (isPerArchTag(error.tag)) confidence += 0.05;
      const sibling = evidence.log?.pushes.find(
        (p) => error.image && pathOf(p.image) === pathOf(error.image) && (p.job !== error.job || p.tag !== error.tag)
      );
      if (sibling) {
        const gap = sibling.time && error.time ? ` ${((Date.parse(error.time) - Date.parse(sibling.time)) / 1e3).toFixed(1)} s before the refusal` : "";
        items.push(
          logEvidence({
            line: sibling.line,
            job: sibling.job,
            text: `${sibling.image}:${sibling.tag ?? ""} was pushed${gap}`
          })
        );
        confidence += 0.15;
      }
    }
    if (view && (error || parallel)) {
      const { seconds, duringRun } = newness(evidence, view);
      const ownLink = evidence.repository !== void 0 && view.linked?.toLowerCase() === evidence.repository.toLowerCase();
      if (!ownLink) confidence -= 0.3;
      if (duringRun || seconds !== void 0 && seconds >= -5 && seconds < 600) {
        const when = seconds !== void 0 ? `${seconds.toFixed(1)} s before the refusal` : "during the failed run";
        items.push(apiEvidence(view.call, "created_at", view.createdAt, `the package was created ${when}`));
        confidence += 0.3;
      } else if (error) {
        confidence -= 0.25;
      }
    }
    if (evidence.live.package?.status === "missing" && parallel && !error) {
      items.push(
        apiEvidence(
          "GET package",
          "status",
          "404",
          "the package does not exist yet: the next run creates it from parallel legs"
        )
      );
      confidence += 0.15;
    }
    if (error && evidence.live.probe?.status === 202) {
      const probe = probeEvidence(evidence);
      if (probe) items.push(probe);
      confidence += 0.05;
    }
    const workflowsRead = githubPushes(evidence).length > 0;
    if (items.length === 0 || !parallel && (!error || workflowsRead)) return [];
    if (!parallel && items.length < 2) return [];
    const shown = items.some(
      (e) => e.where.kind === "api" || e.where.kind === "log" && e.text.includes("was pushed")
    );
    if (!shown) confidence = Math.min(confidence, 0.4);
    const repeats = (evidence.log?.errors ?? []).filter(
      (e) => e.kind === error?.kind && e.image === error?.image && e.time
    );
    const times = repeats.map((e) => Date.parse(e.time ?? "")).filter(Number.isFinite);
    if (times.length > 1 && Math.max(...times) - Math.min(...times) > 12e4) return [];
    const workflow = parallel ? evidence.static?.workflows.find((w) => w.file === parallel.push.step.file) : void 0;
    const job = workflow?.jobs.find((j) => j.id === parallel?.push.step.jobId);
    const text = parallel ? evidence.static?.texts[parallel.push.step.file] : void 0;
    const serialize = job && text !== void 0 ? setMaxParallel(text, job, 1) : [];
    const run = evidence.live.run;
    const rerun = run && evidence.repository ? {
      kind: "api",
      summary: "re-run the failed jobs now that the package exists",
      action: "rerun-failed-jobs",
      call: `POST /repos/${evidence.repository}/actions/runs/${run.id}/rerun-failed-jobs`,
      params: { repository: evidence.repository, run_id: run.id }
    } : void 0;
    const structure = {
      kind: "ui",
      summary: "create the package from one job first, then fan out; or retry the push with backoff",
      url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/actions`,
      steps: [
        "Let one leg (or a first job) push before the others start: `needs:` on it, or `dockhand workflow init` for a workflow that does",
        "Or retry the push a few times, 15\u201360 s apart",
        "Set `fail-fast: false` so one refused leg does not cancel the others"
      ]
    };
    const fixes = [];
    if (serialize.length > 0 && job) {
      fixes.push({
        kind: "edit",
        summary: `run the legs of job "${job.id}" one at a time (strategy.max-parallel: 1), so the first creates the package`,
        changes: serialize
      });
    }
    if (rerun) fixes.push(rerun);
    fixes.push(structure);
    const [fix, ...otherFixes] = fixes;
    return [
      {
        id: this.id,
        title: error ? "Parallel pushes raced a package that had just been created" : "Parallel pushes to one package can race when the package is new",
        severity: error ? "blocking" : "info",
        confidence: clamp(error ? confidence : Math.min(confidence, 0.3)),
        why: "The push that creates a package succeeds; another push to it in the next few seconds is refused with permission_denied: write_package. Once the package exists, every push works \u2014 which is why re-running, or renaming the image, seems to help.",
        evidence: items,
        fix,
        ...otherFixes.length > 0 ? { otherFixes } : {}
      }
    ];
  }
};

// src/doctor/rules/refusal.ts
var FAMILY = {
  "installation-create": "permission",
  "installation-write": "permission",
  "installation-read": "permission",
  "write-package": "permission",
  "read-package": "permission",
  "create-package": "permission",
  "installation-missing": "auth",
  scopes: "permission",
  "classic-pat-forbidden": "permission",
  "secondary-rate-limit": "limit",
  "too-many-requests": "limit",
  unauthenticated: "auth",
  "auth-required": "auth",
  "oauth-denied": "auth",
  lowercase: "name",
  "login-missing": "auth",
  forbidden: "permission",
  "too-large": "limit",
  "access-denied": "permission",
  "name-unknown": "name",
  "invalid-reference": "name",
  refused: "permission"
};
function nextSteps(family, host2, github, hasToken) {
  const decide2 = hasToken ? [] : [
    github ? "Run `dockhand doctor --token <a PAT that can read the package>` to read the package's settings and the token's permissions: that decides between the causes above" : `Run the push locally after \`docker login ${host2}\` with the same credentials to see whether they are refused`
  ];
  switch (family) {
    case "auth":
      return [
        `Check that the failing job logs in to ${host2} before it pushes (the same host the image names)`,
        "Check that the password secret is set and not empty for this event (forks and Dependabot get no secrets)",
        "Check that the token has not expired or been revoked",
        ...decide2
      ];
    case "name":
      return [
        "Check the image name as the log prints it: lower-case only, and the right registry and owner",
        "If the name is built in a script, print it in the step before the push",
        ...decide2
      ];
    case "limit":
      return ["Retry the job later; if it repeats, push fewer layers at once or authenticate for a higher limit"];
    default:
      return github ? [
        "Check that the workflow grants `packages: write` to the pushing job (or that the PAT has write:packages)",
        "Check the package's settings: Manage Actions access must list this repository with the Write role",
        "Check the organisation's package-creation policy if the package does not exist yet",
        ...decide2
      ] : [
        `Check that the account the job logs in with may push to this repository on ${host2}`,
        `Check that the repository exists on ${host2} under the name the log prints (some registries need it created first)`,
        ...decide2
      ];
  }
}
var TITLES = {
  auth: "The registry refused the credentials (or got none)",
  permission: "The registry refused the push and no rule explains why",
  name: "The registry refused the image name",
  limit: "The registry or GitHub limited the push"
};
function findingFor(error, evidence) {
  const family = FAMILY[error.kind];
  const split3 = error.image ? splitImage(error.image) : void 0;
  const host2 = split3?.host ?? error.image?.split("/")[0] ?? evidence.registryHost;
  const github = evidence.githubHosts.includes(host2);
  const hasToken = evidence.live.token !== void 0;
  const url = github && split3 ? packageSettingsUrl(evidence, split3.owner, split3.name, ownerIsOrg(evidence)) : "https://distribution.github.io/distribution/spec/api/#errors";
  return {
    id: UNEXPLAINED,
    title: `${TITLES[family]}${error.image ? `: ${error.image}` : ""}`,
    severity: family === "limit" ? "warning" : "blocking",
    confidence: 0.5,
    why: "The log shows a refusal that none of the doctor's rules could tie to a cause with the evidence at hand. It is quoted here with what to check next; the checks are ordered by how often each is the cause.",
    evidence: [logEvidence(error, "refused: ")],
    fix: {
      kind: "ui",
      summary: family === "auth" ? `check the login to ${host2}` : `check what ${host2} needs for this push`,
      url,
      steps: nextSteps(family, host2, github, hasToken)
    }
  };
}
var unexplainedRefusal = {
  id: UNEXPLAINED,
  summary: "The log shows a registry refusal that no other rule explains: it is quoted with the checks that come next, so a refusal is never met with silence.",
  static: false,
  after: true,
  check(evidence, earlier = []) {
    if (!evidence.log) return [];
    const found = new Set(earlier.map((f) => f.id));
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    for (const error of evidence.log.errors) {
      if (CANDIDATES[error.kind].some((id) => found.has(id))) continue;
      const key = `${FAMILY[error.kind]} ${error.image ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(findingFor(error, evidence));
    }
    return findings.slice(-3);
  }
};

// src/doctor/rules/registry.ts
var USES_LOGIN = /* @__PURE__ */ new Set([
  "build-push-action",
  "bake-action",
  "docker-push",
  "docker-build-push",
  "buildx-bake-push",
  "imagetools-create",
  "manifest-push",
  "podman-push",
  "buildah-push",
  "crane-push",
  "crane-copy",
  "oras-push"
]);
function describe2(ref, registry) {
  return ref.text.startsWith(registry) || ref.pattern.startsWith(registry) ? `pushes ${ref.pattern} to ${registry}` : `pushes ${ref.pattern}, a name without a registry, which goes to ${registry}`;
}
var registryMismatch = {
  id: "registry-mismatch",
  summary: "The job logs in to one registry and pushes to another: a name without a registry goes to Docker Hub while the login was to ghcr.io, or the reverse.",
  static: true,
  check(evidence) {
    const findings = [];
    const error = failure(evidence);
    for (const push of evidence.static?.pushes ?? []) {
      const step = push.step;
      if (!USES_LOGIN.has(step.kind)) continue;
      const logins = step.logins;
      if (logins.length === 0 || logins.some((l) => l.registry === void 0)) continue;
      const loggedIn = new Set(logins.map((l) => l.registry));
      const refs = step.legs.flatMap((leg) => leg.images);
      const missed = /* @__PURE__ */ new Map();
      for (const ref of refs) {
        const registry = ref.registry;
        if (registry === void 0 || loggedIn.has(registry) || missed.has(registry)) continue;
        if (/^(localhost|127\.|\[::1\])/.test(registry)) continue;
        missed.set(registry, ref);
      }
      if (missed.size === 0) continue;
      for (const [registry, ref] of missed) {
        const items = [
          fileEvidence(ref.span, describe2(ref, registry)),
          ...logins.map((l) => fileEvidence(l.span, `logs in to ${l.registry}`))
        ];
        const refused = error?.image?.startsWith(`${registry}/`) || registry === "docker.io" && error?.kind === "access-denied";
        if (error && refused) items.push(logEvidence(error, "refused: "));
        const other = [...loggedIn][0] ?? "";
        const noRegistry = !ref.pattern.startsWith(registry);
        findings.push({
          id: this.id,
          title: `Job "${step.jobId}" logs in to ${[...loggedIn].join(", ")} but pushes to ${registry}`,
          severity: "blocking",
          confidence: clamp(0.7 + (refused ? 0.25 : 0)),
          why: noRegistry ? `An image name without a registry host means Docker Hub (docker.io). The job's login is for ${other}, so the push goes to Docker Hub without credentials and is refused ("requested access to the resource is denied").` : `The push goes to ${registry}, but the job only logs in to ${[...loggedIn].join(", ")}: the credentials are not sent to ${registry}.`,
          evidence: items,
          fix: {
            kind: "ui",
            summary: noRegistry ? `write the registry into the image name: ${other}/${ref.pattern}` : `log in to ${registry} in job "${step.jobId}" before the push, or push to ${other}`,
            url: "https://docs.docker.com/reference/cli/docker/login/",
            steps: noRegistry ? [
              `Prefix the image name with the registry the job logs in to (${other}/\u2026), where the name is defined`,
              "Or, if Docker Hub is meant, add a docker/login-action step without `registry:` using a Docker Hub token"
            ] : [
              `Add a login step for ${registry} (docker/login-action with registry: ${registry}) before the push`,
              `Or change the image name to the registry the job logs in to (${other})`
            ]
          }
        });
      }
    }
    return findings;
  }
};

// src/doctor/rules/tokens.ts
var TOKENS_URL = "https://github.com/settings/tokens";
function tokensUi(evidence, summary, steps) {
  const base = webOrigin(evidence.apiUrl);
  return { kind: "ui", summary, url: base === "https://github.com" ? TOKENS_URL : `${base}/settings/tokens`, steps };
}
function secretLogins(evidence) {
  return githubPushes(evidence).flatMap((p) => p.step.logins.filter((l) => l.password.kind === "secret"));
}
function useGithubToken(evidence, kind) {
  const changes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const push of githubPushes(evidence)) {
    for (const login of push.step.logins) {
      if (login.password.kind !== kind || login.kind !== "login-action") continue;
      const workflow = evidence.static?.workflows.find((w) => w.file === login.file);
      const step = workflow?.jobs.find((j) => j.id === login.jobId)?.steps[login.stepIndex];
      const password = step?.with.password;
      const key = `${login.file}:${login.stepIndex}:${login.jobId}`;
      if (!password || seen.has(key)) continue;
      seen.add(key);
      changes.push(replaceSpan(password.span, "${{ secrets.GITHUB_TOKEN }}"));
    }
  }
  if (changes.length === 0) return void 0;
  return { kind: "edit", summary: "log in with GITHUB_TOKEN (the job also needs packages: write)", changes };
}
var patMissingScope = {
  id: "pat-missing-scope",
  summary: "A classic personal access token without the write:packages scope (or whose user has no write role on the package) is used to push.",
  static: false,
  check(evidence) {
    const token = evidence.live.token;
    const error = failedWith(evidence, "scopes", "create-package");
    const lacks = token?.kind === "classic_pat" && token.scopes !== void 0 && !hasScope(token.scopes, "write:packages");
    if (!error && !lacks) return [];
    const items = [];
    if (error) items.push(logEvidence(error, "refused: "));
    if (lacks && token)
      items.push(
        apiEvidence(
          "GET /user",
          "X-OAuth-Scopes",
          token.scopes?.join(", ") || "(none)",
          "the classic PAT has no write:packages scope"
        )
      );
    for (const login of secretLogins(evidence)) {
      if (login.password.kind === "secret")
        items.push(fileEvidence(login.span, `the push logs in with the secret ${login.password.name}`));
    }
    const fix = tokensUi(
      evidence,
      "create a classic PAT with write:packages (or switch the workflow to GITHUB_TOKEN)",
      [
        "Open https://github.com/settings/tokens/new?scopes=write:packages",
        "Generate the token and store it as the workflow's secret"
      ]
    );
    const edit = useGithubToken(evidence, "secret");
    return [
      {
        id: this.id,
        title: "The personal access token cannot write packages",
        severity: "blocking",
        confidence: clamp((error?.kind === "scopes" ? 0.6 : error ? 0.35 : 0) + (lacks ? 0.35 : 0)),
        why: "GitHub Packages needs a classic PAT with write:packages (read:packages is implied) from a user with write on the package; a `gh auth token` usually lacks it.",
        evidence: items,
        fix: edit ?? fix,
        ...edit ? { otherFixes: [fix] } : {}
      }
    ];
  }
};
var fineGrainedPat = {
  id: "fine-grained-pat",
  summary: "A fine-grained personal access token is used; GitHub Packages accepts only classic PATs (or GITHUB_TOKEN).",
  static: false,
  check(evidence) {
    const token = evidence.live.token;
    const error = failedWith(evidence, "scopes");
    const fineGrained = token?.kind === "fine_grained_pat";
    if (!fineGrained && !error) return [];
    const items = [];
    if (fineGrained)
      items.push(apiEvidence("token", "prefix", "github_pat_", "the token is a fine-grained personal access token"));
    if (error) items.push(logEvidence(error, "refused: "));
    const edit = useGithubToken(evidence, "secret");
    const ui = tokensUi(evidence, "use a classic PAT with write:packages, or GITHUB_TOKEN", [
      "Open https://github.com/settings/tokens/new?scopes=write:packages",
      "Replace the fine-grained token in the secret with the classic one"
    ]);
    return [
      {
        id: this.id,
        title: "A fine-grained personal access token cannot push packages",
        severity: "blocking",
        confidence: clamp((fineGrained ? 0.8 : 0) + (error ? 0.3 : 0)),
        why: "GitHub Packages only supports personal access tokens (classic); login can succeed while the push is refused with 'does not match expected scopes'.",
        evidence: items,
        fix: edit ?? ui,
        ...edit ? { otherFixes: [ui] } : {}
      }
    ];
  }
};
var appInstallationToken = {
  id: "app-installation-token",
  summary: "The push logs in with a GitHub App installation token, which GHCR refuses for organisation packages; use GITHUB_TOKEN or a classic PAT.",
  static: true,
  check(evidence) {
    const findings = [];
    const logins = githubPushes(evidence).flatMap((p) => p.step.logins.filter((l) => l.password.kind === "app-token"));
    const error = failedWith(evidence, "installation-create", "installation-write", "forbidden");
    const live = evidence.live.token?.kind === "installation" && evidence.live.token.login === void 0;
    if (logins.length === 0) return findings;
    const items = logins.map(
      (l) => fileEvidence(
        l.span,
        `the login uses a token from step "${l.password.kind === "app-token" ? l.password.stepId : ""}" (a GitHub App installation token)`
      )
    );
    if (error) items.push(logEvidence(error, "refused: "));
    const edit = useGithubToken(evidence, "app-token");
    findings.push({
      id: this.id,
      title: "The push uses a GitHub App installation token",
      severity: "blocking",
      confidence: clamp(0.55 + (error ? 0.3 : 0) + (live ? 0.05 : 0)),
      why: "Users report that GHCR refuses third-party App installation tokens for organisation packages ('installation not allowed to Create organization package') even with packages: write.",
      evidence: items,
      fix: edit ?? tokensUi(evidence, "log in with GITHUB_TOKEN or a classic PAT", ["Replace the login password"])
    });
    return findings;
  }
};
var patForbiddenOrSso = {
  id: "pat-forbidden-or-sso",
  summary: "The organisation forbids classic personal access tokens, or requires SAML SSO authorization the token does not have.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "classic-pat-forbidden");
    const forbidden = evidence.live.token?.forbidden;
    if (!error && !forbidden) return [];
    const items = [];
    if (error) items.push(logEvidence(error, "refused: "));
    if (forbidden)
      items.push(apiEvidence("GET package", "message", forbidden, "GitHub refused the token for the organisation"));
    return [
      {
        id: this.id,
        title: "The organisation refuses this personal access token",
        severity: "blocking",
        confidence: clamp(0.85 + (error && forbidden ? 0.1 : 0)),
        why: "Organisations can forbid classic PATs or require SSO authorization; fine-grained PATs do not work with Packages, so use GITHUB_TOKEN or authorize the token for SSO.",
        evidence: items,
        fix: tokensUi(
          evidence,
          "authorize the token for the organisation's SSO, or switch the workflow to GITHUB_TOKEN",
          ["Open the token list", 'Next to the token choose "Configure SSO" and authorize the organisation']
        ),
        ...useGithubToken(evidence, "secret") ? { otherFixes: [useGithubToken(evidence, "secret")] } : {}
      }
    ];
  }
};
var tokenExpired = {
  id: "token-expired",
  summary: "The token is expired, revoked or a placeholder (or a stale docker credential), so the registry cannot authenticate it.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "unauthenticated");
    const token = evidence.live.token;
    const expired = token?.expiresAt !== void 0 && Date.parse(token.expiresAt) < Date.parse(evidence.now);
    if (!error && !token?.rejected && !expired) return [];
    const items = [];
    if (error) items.push(logEvidence(error, "refused: "));
    if (token?.rejected) items.push(apiEvidence("GET /user", "status", "401", token.rejected));
    if (expired && token?.expiresAt)
      items.push(
        apiEvidence("GET /user", "github-authentication-token-expiration", token.expiresAt, "the token has expired")
      );
    return [
      {
        id: this.id,
        title: "The token is expired or revoked",
        severity: "blocking",
        confidence: clamp(0.5 + (error ? 0.35 : 0) + (token?.rejected || expired ? 0.3 : 0)),
        why: "GHCR answers 'unauthenticated: User cannot be authenticated with the token provided.' for expired, revoked and placeholder tokens; GITHUB_TOKEN also expires when its job ends.",
        evidence: items,
        fix: tokensUi(evidence, "create a new token (or use GITHUB_TOKEN) and log in inside the pushing job", [
          "Regenerate the token",
          "Update the secret, and log in in the same job, just before the push"
        ])
      }
    ];
  }
};

// src/doctor/rules/transport.ts
var rateLimited = {
  id: "rate-limited",
  summary: "GitHub's secondary rate limit (shown as permission_denied \u2026 'Error from intermediary') or the registry's 429 toomanyrequests stopped the push; retry, don't change permissions.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "secondary-rate-limit", "too-many-requests", "oauth-denied");
    if (!error) return [];
    const parallel = parallelPushes(evidence, error.image);
    const workflow = parallel ? evidence.static?.workflows.find((w) => w.file === parallel.push.step.file) : void 0;
    const job = workflow?.jobs.find((j) => j.id === parallel?.push.step.jobId);
    const text = parallel ? evidence.static?.texts[parallel.push.step.file] : void 0;
    const changes = job && text !== void 0 ? setMaxParallel(text, job, 2) : [];
    const rerun = {
      kind: "ui",
      summary: "re-run the failed jobs after a few minutes",
      url: `${webOrigin(evidence.apiUrl)}/${evidence.repository ?? "OWNER/REPO"}/actions`,
      steps: [
        'Open the failed run and choose "Re-run failed jobs"',
        "Add retries with backoff (minutes for the secondary limit) around the push"
      ]
    };
    return [
      {
        id: this.id,
        title: "The push hit a rate limit",
        severity: "blocking",
        confidence: error.kind === "oauth-denied" ? 0.3 : 0.95,
        why: "Bursts of parallel pushes trip GitHub's secondary rate limit, which GHCR reports as a permission error; the same push works later.",
        evidence: [logEvidence(error, "refused: ")],
        fix: changes.length > 0 ? { kind: "edit", summary: "push from fewer legs at once (strategy.max-parallel: 2)", changes } : rerun,
        ...changes.length > 0 ? { otherFixes: [rerun] } : {}
      }
    ];
  }
};
var layerTooLarge = {
  id: "layer-too-large",
  summary: "A layer is over GHCR's 10 GB per-layer limit or its upload took longer than the 10-minute upload limit.",
  static: false,
  check(evidence) {
    const error = failedWith(evidence, "too-large");
    if (!error) return [];
    return [
      {
        id: this.id,
        title: "A layer is too large or uploads too slowly",
        severity: "blocking",
        confidence: 0.6,
        why: "The Container registry limits each layer to 10 GB and each upload to 10 minutes.",
        evidence: [logEvidence(error, "refused: ")],
        fix: {
          kind: "ui",
          summary: "split the large layer (separate RUN/COPY steps, multi-stage builds) or keep large data outside the image",
          url: "https://docs.github.com/packages/working-with-a-github-packages-registry/working-with-the-container-registry",
          steps: ["Find the large layer with `dockhand inspect`", "Split it in the Dockerfile"]
        }
      }
    ];
  }
};

// src/doctor/rules/uppercase.ts
var REPOSITORY_EXPRESSION = /\$\{\{\s*github\.repository(_owner)?\s*\}\}/g;
function writtenAt(ref) {
  const spans = [ref.span];
  for (const source of ref.sources) if (source.kind === "env" && source.span) spans.push(source.span);
  return spans;
}
function lowerCaseChanges(evidence, ref) {
  const repository = evidence.repository;
  const changes = [];
  for (const span of writtenAt(ref)) {
    const text = evidence.static?.texts[ref.span.file === span.file ? span.file : ref.span.file];
    if (text === void 0) continue;
    const slice = text.slice(span.offset, span.endOffset);
    if (repository && REPOSITORY_EXPRESSION.test(slice)) {
      REPOSITORY_EXPRESSION.lastIndex = 0;
      const replaced = slice.replace(
        REPOSITORY_EXPRESSION,
        (_m, owner) => (owner ? ownerOf(repository) ?? "" : repository).toLowerCase()
      );
      changes.push({ file: ref.span.file, start: span.offset, end: span.endOffset, text: replaced, line: span.line });
    } else if (!slice.includes("${") && /[A-Z]/.test(slice) && span === ref.span) {
      const name3 = slice.replace(/([:@][^/]*)$/, "");
      changes.push({
        file: ref.span.file,
        start: span.offset,
        end: span.offset + name3.length,
        text: name3.toLowerCase(),
        line: span.line
      });
    }
  }
  return changes;
}
var uppercaseImageName = {
  id: "uppercase-image-name",
  summary: "An image name has upper-case letters (often from `github.repository` or `github.repository_owner`); registries accept only lower-case repository names.",
  static: true,
  check(evidence) {
    const findings = [];
    const error = failedWith(evidence, "lowercase");
    for (const push of githubPushes(evidence)) {
      const refs = refsOf(push).filter((r) => r.uppercase);
      if (refs.length === 0) continue;
      const items = refs.map((r) => fileEvidence(r.span, `${r.pattern} has upper-case letters`));
      if (error) items.push(logEvidence(error, "refused: "));
      const changes = refs.flatMap((r) => lowerCaseChanges(evidence, r));
      const unique = changes.filter((c, i) => changes.findIndex((d) => d.file === c.file && d.start === c.start) === i);
      findings.push({
        id: this.id,
        title: "The image name has upper-case letters",
        severity: "blocking",
        confidence: clamp(0.85 + (error ? 0.1 : 0)),
        why: "Repository names must be lower-case; `github.repository` keeps the owner's and repository's case. docker/metadata-action lower-cases its `images:`; plain expressions do not.",
        evidence: items,
        fix: unique.length > 0 ? { kind: "edit", summary: "write the image name in lower case", changes: unique } : {
          kind: "ui",
          summary: "lower-case the name before use (docker/metadata-action, or `${IMAGE,,}` in bash)",
          url: "https://github.com/docker/build-push-action/blob/master/TROUBLESHOOTING.md",
          steps: [
            "Pass the image through docker/metadata-action `images:`",
            'Or lower-case it in a step: echo "IMAGE=${IMAGE,,}" >> "$GITHUB_ENV"'
          ]
        }
      });
    }
    if (findings.length === 0 && (error ?? failedWith(evidence, "invalid-reference"))) {
      const refused = error ?? failedWith(evidence, "invalid-reference");
      const upper = refused?.text.split(/[\s"'`[\](),]+/).find((word) => word.includes("/") && /[A-Z]/.test(word) && !/^[a-z]+:\/\//i.test(word));
      const refs = githubPushes(evidence).flatMap(refsOf);
      const fixed = upper ? refs.some((r) => r.resolved?.split(/[:@]/)[0] === upper.split(/[:@]/)[0]?.toLowerCase()) : refs.length > 0 && refs.every((r) => r.resolved !== void 0);
      if (refused && (error || upper) && !fixed) {
        findings.push({
          id: this.id,
          title: `The image name${upper ? ` ${upper}` : ""} has upper-case letters`,
          severity: "blocking",
          confidence: 0.9,
          why: "The registry refused the name because it is not all lower-case. The name was built where the workflow model cannot see it (a script, an output): lower-case it where it is built.",
          evidence: [logEvidence(refused, "refused: ")],
          fix: {
            kind: "ui",
            summary: "lower-case the image name where it is built",
            url: "https://github.com/docker/build-push-action/blob/master/TROUBLESHOOTING.md",
            steps: [
              `In bash: IMAGE="\${IMAGE,,}", or: echo "$IMAGE" | tr '[:upper:]' '[:lower:]'`,
              "Or pass the name through docker/metadata-action `images:`, which lower-cases it"
            ]
          }
        });
      }
    }
    return findings;
  }
};

// src/doctor/rules/index.ts
var RULES = [
  missingPackagesWrite,
  repoDefaultReadOnly,
  packageNoActionsAccess,
  packageNotLinked,
  packageOtherRepository,
  packageDeleted,
  newPackageRace,
  forkPullRequest,
  dependabotRun,
  patMissingScope,
  fineGrainedPat,
  appInstallationToken,
  orgPackageCreationPolicy,
  wrongNamespace,
  patForbiddenOrSso,
  tokenExpired,
  rateLimited,
  notLoggedIn,
  crossOwnerCacheScope,
  uppercaseImageName,
  layerTooLarge,
  repositoryRecreated,
  ghesHost,
  registryMismatch,
  unexplainedRefusal
];
var RULE_IDS = RULES.map((r) => r.id);

// src/doctor/static.ts
import { readFile as readFile4 } from "node:fs/promises";
import path3 from "node:path";
function githubImagesOf(step, hosts) {
  const out = /* @__PURE__ */ new Set();
  const refs = [...step.legs.flatMap((leg) => leg.images), ...step.metadata?.images ?? []];
  for (const ref of refs) {
    if (ref.registry && ref.repository && hosts.includes(ref.registry.toLowerCase())) {
      out.add(`${ref.registry}/${ref.repository}`);
    }
  }
  return [...out];
}
async function gatherStatic(repoDir, context) {
  const set = await loadWorkflows(repoDir);
  const texts = {};
  for (const workflow of set.workflows) {
    texts[workflow.file] = await readFile4(path3.join(repoDir, workflow.file), "utf8");
  }
  const analysis = {
    ...context.repository ? { repository: context.repository } : {},
    ...context.defaultPermissions ? { defaultPermissions: context.defaultPermissions } : {},
    workflows: set.workflows
  };
  const pushes = [];
  for (const workflow of set.workflows) {
    for (const step of findPushSteps(workflow, analysis)) {
      const job = workflow.jobs.find((j) => j.id === step.jobId);
      if (!job) continue;
      const permissions = effectivePermissions(job, analysis);
      pushes.push({
        step,
        packages: permissions.scopes.packages ?? "unknown",
        permissionOrigin: permissions.origins.some((o) => o.kind === "caller") ? "caller" : permissions.origins.some((o) => o.kind === "job" || o.kind === "workflow") ? "declared" : "repository-default",
        githubImages: githubImagesOf(step, context.githubHosts)
      });
    }
  }
  const logins = set.workflows.flatMap((w) => findLoginSteps(w, analysis));
  return { set, workflows: set.workflows, texts, pushes, logins };
}

// src/doctor/diagnose.ts
function instanceRegistry(apiUrl, registry, env) {
  const resolved = Object.keys(registry?.resolve ?? {}).map((h) => h.toLowerCase());
  if (resolved.includes("ghcr.io") || /(^|,)\s*ghcr\.io=/i.test(env.DOCKHAND_RESOLVE ?? "")) return "ghcr.io";
  try {
    const host2 = new URL(apiUrl).hostname;
    if (host2 === "localhost" || host2 === "::1" || host2 === "[::1]" || host2.startsWith("127.")) return "ghcr.io";
  } catch {
  }
  return registryHostForApi(apiUrl);
}
function normaliseImage(image, defaultHost) {
  const name3 = image.replace(/@.*$/, "").replace(/:[\w][\w.-]{0,127}$/, "");
  const first = name3.split("/")[0] ?? "";
  const hasHost = name3.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  return (hasHost ? name3 : `${defaultHost}/${name3}`).toLowerCase();
}
function split2(image) {
  if (!image) return void 0;
  const [host2, owner, ...rest] = image.split("/");
  return host2 && owner && rest.length > 0 ? { host: host2, owner, name: rest.join("/") } : void 0;
}
async function staticPass(repoDir, repository, hosts, defaultPermissions, checked, skipped) {
  const facts = await gatherStatic(repoDir, { repository, defaultPermissions, githubHosts: hosts });
  if (facts.workflows.length === 0)
    skipped.push({ check: "workflows", detail: `no .github/workflows/*.yml in ${repoDir}` });
  else {
    checked.push({
      check: "workflows",
      detail: `${facts.workflows.length} workflow(s), ${facts.pushes.filter((p) => p.githubImages.length > 0).length} push step(s) to GitHub's registry`
    });
  }
  for (const error of facts.set.errors) {
    skipped.push({ check: `workflow ${error.file}`, detail: `line ${error.line}: ${error.message}` });
  }
  return facts;
}
async function runDoctor(options) {
  const env = options.env ?? process.env;
  const checked = [];
  const skipped = [];
  const repository = options.repository ?? env.GITHUB_REPOSITORY ?? await originRepository(options.repoDir).catch(() => void 0);
  if (!repository) skipped.push({ check: "repository", detail: "unknown: pass --github-repo OWNER/NAME" });
  const registryHost = instanceRegistry(options.apiUrl, options.registry, env);
  const hosts = [.../* @__PURE__ */ new Set([...githubRegistryHosts(env), registryHost])];
  let staticFacts = await staticPass(options.repoDir, repository, hosts, void 0, checked, skipped);
  const givenLogs = options.logs ?? [];
  let log = givenLogs.length > 0 ? parseLogs(givenLogs) : void 0;
  const fromLog = log ? primaryError(log)?.image : void 0;
  const fromWorkflows = staticFacts.pushes.flatMap((p) => p.githubImages).find((i) => !i.includes("${"));
  const imageText = options.image ?? fromLog ?? fromWorkflows;
  const image = imageText ? normaliseImage(imageText, registryHost) : void 0;
  const liveResult = await gatherLive({
    apiUrl: options.apiUrl,
    token: options.token,
    repository,
    image: split2(image),
    run: options.run,
    registry: { ...options.registry ?? {}, env },
    ...options.noProbe ? { noProbe: true } : {}
  });
  checked.push(...liveResult.checked);
  skipped.push(...liveResult.skipped);
  const live = liveResult.live;
  if (givenLogs.length + liveResult.logs.length > 0) {
    log = parseLogs([...givenLogs, ...liveResult.logs]);
    const error = primaryError(log);
    checked.push({ check: "log", detail: error ? `failure: ${error.text}` : "no registry refusal found in the log" });
  } else {
    skipped.push({ check: "log", detail: "no log (pass --log FILE, or --run ID|latest with a token)" });
  }
  if (live.defaultPermissions) {
    staticFacts = await gatherStatic(options.repoDir, {
      repository,
      defaultPermissions: live.defaultPermissions,
      githubHosts: hosts
    });
  }
  const evidence = {
    repository,
    image,
    registryHost,
    githubHosts: hosts,
    apiUrl: options.apiUrl,
    static: staticFacts,
    log,
    live,
    now: (options.now ?? /* @__PURE__ */ new Date()).toISOString()
  };
  return { image, repository, checked, skipped, findings: diagnose(RULES, evidence) };
}

// src/doctor/fix.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/action/doctor.ts
async function runDoctorAction(runner) {
  const env = runner.env;
  const token = runner.input("github-token") || env.GITHUB_TOKEN;
  const report = await runDoctor({
    repoDir: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
    ...runner.input("image") ? { image: runner.input("image") } : {},
    ...token ? { token, run: env.GITHUB_RUN_ID ?? "latest" } : {},
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    env,
    noProbe: true
  });
  const top = report.findings[0];
  const lines = [`## dockhand doctor${report.image ? `: ${report.image}` : ""}`, ""];
  if (!top) lines.push("No problem found.");
  for (const finding of report.findings.slice(0, 5)) {
    lines.push(
      `### ${finding.title}`,
      "",
      `\`${finding.id}\` \u2014 ${finding.severity}, confidence ${Math.round(finding.confidence * 100)}%`,
      ""
    );
    lines.push(
      finding.why,
      "",
      ...finding.evidence.map((e) => `- ${e.text}`),
      "",
      `**Fix:** ${finding.fix.summary}`,
      ""
    );
  }
  runner.summary(lines.join("\n"));
  for (const finding of report.findings.filter((f) => f.severity === "blocking").slice(0, 3)) {
    runner.error(`${finding.title}. Fix: ${finding.fix.summary}`, { title: `dockhand doctor: ${finding.id}` });
  }
  runner.outputs({
    cause: top?.id ?? "",
    findings: JSON.stringify(
      report.findings.map((f) => ({ id: f.id, title: f.title, severity: f.severity, confidence: f.confidence }))
    )
  });
}

// src/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";

// src/publish/github-output.ts
function planOutputs(plan, json) {
  return {
    version: plan.version.main ?? "",
    tags: plan.tags.join("\n"),
    "tag-names": plan.tagNames.join("\n"),
    labels: Object.entries(plan.labels).map(([key, value]) => `${key}=${value}`).join("\n"),
    annotations: plan.annotations.join("\n"),
    json: JSON.stringify(json)
  };
}
function formatGithubOutput(outputs, delimiter) {
  let text = "";
  for (const [name3, value] of Object.entries(outputs)) {
    if (name3.includes(delimiter) || value.includes(delimiter)) {
      throw new DockhandError("GITHUB_OUTPUT", `The output "${name3}" contains the delimiter "${delimiter}"`);
    }
    text += `${name3}<<${delimiter}
${value}
${delimiter}
`;
  }
  return text;
}

// src/action/runner.ts
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function processRunner(env = process.env, write = (text) => process.stdout.write(text)) {
  const file = (name3) => {
    const path5 = env[name3];
    if (!path5) throw new Error(`$${name3} is not set: run this inside GitHub Actions (or set it to a file)`);
    return path5;
  };
  return {
    env,
    input: (name3) => (env[`INPUT_${name3.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    outputs: (values) => appendFileSync(file("GITHUB_OUTPUT"), formatGithubOutput(values, `ghadelimiter_${randomUUID()}`)),
    summary: (markdown) => appendFileSync(file("GITHUB_STEP_SUMMARY"), `${markdown}
`),
    error: (message, where2 = {}) => write(`::error${where2.title ? ` title=${escapeProperty(where2.title)}` : ""}::${escapeData(message)}
`),
    log: (line) => write(`${line}
`)
  };
}

// src/action/tags.ts
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path4 from "node:path";

// src/publish/context.ts
var defaultShortShaLength = 7;
function resolveContext(facts, now = /* @__PURE__ */ new Date()) {
  const eventName = facts.eventName ?? "";
  let ref = facts.ref ?? "";
  let sha = facts.sha ?? "";
  if (facts.prNumber !== void 0 && (/pull_request_target/.test(eventName) || ref === "")) {
    ref = `refs/pull/${facts.prNumber}/merge`;
  }
  if (facts.usePrHeadSha && /pull_request/.test(eventName) && facts.prHeadSha) sha = facts.prHeadSha;
  const date = facts.date ?? now;
  return {
    eventName,
    ref,
    sha,
    defaultBranch: facts.defaultBranch ?? "",
    baseRef: facts.baseRef ?? "",
    prNumber: facts.prNumber,
    prBaseRef: facts.prBaseRef ?? "",
    date,
    commitDate: facts.commitDate ?? date,
    shortShaLength: facts.shortShaLength ?? defaultShortShaLength,
    repository: facts.repository ?? {}
  };
}
function factsFromPayload(payload, sha) {
  const facts = {};
  const repo = payload.repository;
  if (repo) {
    if (repo.default_branch) facts.defaultBranch = repo.default_branch;
    facts.repository = {
      ...repo.name ? { name: repo.name } : {},
      ...repo.description ? { description: repo.description } : {},
      ...repo.html_url ? { htmlUrl: repo.html_url } : {},
      ...repo.license?.spdx_id ? { license: repo.license.spdx_id } : {}
    };
  }
  if (typeof payload.base_ref === "string") facts.baseRef = payload.base_ref.replace(/^refs\/heads\//, "");
  const prNumber = payload.pull_request?.number ?? payload.number;
  if (prNumber !== void 0) facts.prNumber = prNumber;
  if (payload.pull_request?.base?.ref) facts.prBaseRef = payload.pull_request.base.ref;
  if (payload.pull_request?.head?.sha) facts.prHeadSha = payload.pull_request.head.sha;
  const stamp = payload.commits?.find((c) => c.id === sha)?.timestamp ?? (payload.head_commit && payload.head_commit.id === sha ? payload.head_commit.timestamp : void 0);
  if (stamp) facts.commitDate = new Date(stamp);
  return facts;
}
function factsFromEnv(env, readText) {
  const facts = {};
  if (env.GITHUB_EVENT_NAME) facts.eventName = env.GITHUB_EVENT_NAME;
  if (env.GITHUB_REF) facts.ref = env.GITHUB_REF;
  if (env.GITHUB_SHA) facts.sha = env.GITHUB_SHA;
  const epoch = sourceDateEpoch(env);
  if (epoch) facts.date = epoch;
  if (/true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? "")) facts.usePrHeadSha = true;
  if (env.DOCKER_METADATA_SHORT_SHA_LENGTH) {
    const length = Number(env.DOCKER_METADATA_SHORT_SHA_LENGTH);
    if (!Number.isInteger(length) || length < 1) {
      throw new DockhandError(
        "TAGS_CONTEXT",
        `DOCKER_METADATA_SHORT_SHA_LENGTH is not a valid number: ${env.DOCKER_METADATA_SHORT_SHA_LENGTH}`,
        { exit: 2 }
      );
    }
    facts.shortShaLength = length;
  }
  const path5 = env.GITHUB_EVENT_PATH;
  if (path5) {
    let payload;
    try {
      payload = JSON.parse(readText(path5));
    } catch (error) {
      throw new DockhandError("TAGS_CONTEXT", `Cannot read the event payload at GITHUB_EVENT_PATH=${path5}`, {
        exit: 2,
        hint: "GITHUB_EVENT_PATH must name a JSON file (GitHub Actions sets it); unset it to plan from flags only",
        cause: error
      });
    }
    Object.assign(facts, factsFromPayload(payload, facts.sha));
  }
  return facts;
}
function sourceDateEpoch(env) {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === void 0 || raw === "") return void 0;
  if (!/^\d+$/.test(raw.trim())) {
    throw new DockhandError("TAGS_CONTEXT", `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${raw}"`, {
      exit: 2
    });
  }
  return new Date(Number(raw.trim()) * 1e3);
}

// src/publish/arch.ts
function parseArchs(values) {
  const archs = [];
  for (const item of values.flatMap((value) => value.split(/[\s,]+/))) {
    if (item === "") continue;
    const platform = item.includes("/") ? item : `linux/${item}`;
    const name3 = platform.replace(/^linux\//, "").replace(/\//g, "-");
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(name3)) {
      throw new DockhandError("TAGS_INPUT", `Invalid architecture "${item}"`, {
        exit: 2,
        hint: "Give architectures such as amd64,arm64 or platforms such as linux/arm/v7"
      });
    }
    if (!archs.some((arch) => arch.name === name3)) archs.push({ name: name3, platform });
  }
  return archs;
}

// src/publish/date-format.ts
var monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var tokenPattern = /\[[^\]]*\]|Do|DDDD|DDD|DD|D|dddd|ddd|dd|d|E|e|MMMM|MMM|MM|Mo|M|Q|YYYY|YY|Y|WW|W|GGGG|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|ZZ|Z|zz|z|X|x|./g;
function formatDate(date, format, timeZone = "UTC") {
  const fields = fieldsIn(date, timeZone);
  const pattern = typeof format === "string" && format !== "" ? format : fields.offsetMinutes === 0 ? "YYYY-MM-DDTHH:mm:ss[Z]" : "YYYY-MM-DDTHH:mm:ssZ";
  return pattern.replace(tokenPattern, (token) => formatToken(token, fields, date));
}
function pad(value, width) {
  const sign = value < 0 ? "-" : "";
  return sign + String(Math.abs(value)).padStart(width, "0");
}
function ordinal(n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
function offset(minutes, separator2) {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator2}${pad(abs % 60, 2)}`;
}
function dayOfYear(f) {
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 864e5) + 1;
}
function isoWeek(f) {
  const date = new Date(Date.UTC(f.year, f.month - 1, f.day));
  const isoDay = f.weekday === 0 ? 7 : f.weekday;
  date.setUTCDate(date.getUTCDate() + 4 - isoDay);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 864e5 + 1) / 7);
  return { week, year };
}
function formatToken(token, f, date) {
  if (token.startsWith("[") && token.endsWith("]")) return token.slice(1, -1);
  if (/^S+$/.test(token)) return pad(f.millisecond, 3).padEnd(token.length, "0").slice(0, token.length);
  switch (token) {
    case "YYYY":
      return pad(f.year, 4);
    case "YY":
      return pad(f.year % 100, 2);
    case "Y":
      return String(f.year);
    case "Q":
      return String(Math.ceil(f.month / 3));
    case "M":
      return String(f.month);
    case "Mo":
      return ordinal(f.month);
    case "MM":
      return pad(f.month, 2);
    case "MMM":
      return (monthNames[f.month - 1] ?? "").slice(0, 3);
    case "MMMM":
      return monthNames[f.month - 1] ?? "";
    case "D":
      return String(f.day);
    case "Do":
      return ordinal(f.day);
    case "DD":
      return pad(f.day, 2);
    case "DDD":
      return String(dayOfYear(f));
    case "DDDD":
      return pad(dayOfYear(f), 3);
    case "d":
    case "e":
      return String(f.weekday);
    case "E":
      return String(f.weekday === 0 ? 7 : f.weekday);
    case "dd":
      return (dayNames[f.weekday] ?? "").slice(0, 2);
    case "ddd":
      return (dayNames[f.weekday] ?? "").slice(0, 3);
    case "dddd":
      return dayNames[f.weekday] ?? "";
    case "W":
      return String(isoWeek(f).week);
    case "WW":
      return pad(isoWeek(f).week, 2);
    case "GGGG":
      return pad(isoWeek(f).year, 4);
    case "H":
      return String(f.hour);
    case "HH":
      return pad(f.hour, 2);
    case "h":
      return String(f.hour % 12 || 12);
    case "hh":
      return pad(f.hour % 12 || 12, 2);
    case "k":
      return String(f.hour || 24);
    case "kk":
      return pad(f.hour || 24, 2);
    case "m":
      return String(f.minute);
    case "mm":
      return pad(f.minute, 2);
    case "s":
      return String(f.second);
    case "ss":
      return pad(f.second, 2);
    case "A":
      return f.hour < 12 ? "AM" : "PM";
    case "a":
      return f.hour < 12 ? "am" : "pm";
    case "Z":
      return offset(f.offsetMinutes, ":");
    case "ZZ":
      return offset(f.offsetMinutes, "");
    case "z":
    case "zz":
      return f.zoneName;
    case "X":
      return String(Math.floor(date.getTime() / 1e3));
    case "x":
      return String(date.getTime());
    default:
      return token;
  }
}
function fieldsIn(date, timeZone) {
  let formatter;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      timeZoneName: "short"
    });
  } catch {
    throw new DockhandError("TAGS_TEMPLATE", `Unknown time zone "${timeZone}" in a date expression`, {
      exit: 2,
      hint: "Use an IANA zone name such as tz='UTC' or tz='Asia/Tokyo'"
    });
  }
  const parts = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  const num = (name3) => Number(parts[name3] ?? "0");
  const year = num("year");
  const month = num("month");
  const day = num("day");
  const hour = num("hour") % 24;
  const minute = num("minute");
  const second = num("second");
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallClock - Math.floor(date.getTime() / 1e3) * 1e3) / 6e4);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond: date.getUTCMilliseconds(),
    weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday ?? "Sun"),
    offsetMinutes,
    zoneName: parts.timeZoneName ?? timeZone
  };
}

// src/publish/template.ts
function renderTemplate(template, scope) {
  return parseTemplate(template).map((part) => part.kind === "text" ? part.text : evaluate2(part.expr, scope, part.htmlEscape, template)).join("");
}
function isRawStatement(template) {
  try {
    const parts = parseTemplate(template);
    const only = parts[0];
    return parts.length === 1 && only?.kind === "mustache" && only.expr.name === "raw" && only.expr.params.length === 0;
  } catch {
    return false;
  }
}
function parseTemplate(template) {
  const parts = [];
  let text = "";
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("\\{{", i)) {
      text += "{{";
      i += 3;
      continue;
    }
    if (!template.startsWith("{{", i)) {
      text += template[i];
      i += 1;
      continue;
    }
    const triple = template.startsWith("{{{", i);
    const close = triple ? "}}}" : "}}";
    let bodyStart = i + (triple ? 3 : 2);
    if (template.startsWith("!--", bodyStart)) {
      const end2 = template.indexOf("--}}", bodyStart);
      if (end2 === -1) throw templateError(template, "a {{!-- comment is not closed");
      i = end2 + 4;
      continue;
    }
    const end = template.indexOf(close, bodyStart);
    if (end === -1) throw templateError(template, `a "{{" is not closed with "${close}"`);
    let bodyEnd = end;
    let trimBefore = false;
    let trimAfter = false;
    if (template[bodyStart] === "~") {
      trimBefore = true;
      bodyStart += 1;
    }
    if (template[bodyEnd - 1] === "~") {
      trimAfter = true;
      bodyEnd -= 1;
    }
    let body = template.slice(bodyStart, bodyEnd);
    i = end + close.length;
    if (trimBefore) text = text.trimEnd();
    if (trimAfter) {
      while (i < template.length && /\s/.test(template[i] ?? "")) i += 1;
    }
    if (body.startsWith("!")) continue;
    let htmlEscape = !triple;
    if (body.startsWith("&")) {
      htmlEscape = false;
      body = body.slice(1);
    }
    const first = body.trimStart()[0];
    if (first === "#" || first === "/" || first === "^" || first === ">" || /^\s*else\b/.test(body)) {
      throw templateError(template, `"{{${body}}}" is a block or partial, which tag templates do not support`);
    }
    if (text !== "") parts.push({ kind: "text", text });
    text = "";
    parts.push({ kind: "mustache", expr: parseExpression(body, template), htmlEscape });
  }
  if (text !== "") parts.push({ kind: "text", text });
  return parts;
}
function parseExpression(body, template) {
  const tokens = tokenize2(body, template);
  const head = tokens.shift();
  if (head === void 0 || head.quoted) throw templateError(template, `"{{${body}}}" names nothing`);
  const expr = { name: head.text, params: [], hash: {} };
  for (const token of tokens) {
    const eq = token.quoted ? -1 : token.text.indexOf("=");
    if (token.key !== void 0) {
      expr.hash[token.key] = toArgument(token.text, token.quoted);
    } else if (eq > 0) {
      expr.hash[token.text.slice(0, eq)] = toArgument(token.text.slice(eq + 1), false);
    } else {
      expr.params.push(toArgument(token.text, token.quoted));
    }
  }
  return expr;
}
function tokenize2(body, template) {
  const tokens = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i] ?? "";
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const keyed = /^([A-Za-z_][\w-]*)=(['"])/.exec(body.slice(i));
    if (keyed?.[1] !== void 0 && keyed[2] !== void 0) {
      const quote = keyed[2];
      const start = i + keyed[0].length;
      const end = body.indexOf(quote, start);
      if (end === -1) throw templateError(template, `a ${quote}-quoted value is not closed in "{{${body}}}"`);
      tokens.push({ key: keyed[1], text: body.slice(start, end), quoted: true });
      i = end + 1;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = body.indexOf(c, i + 1);
      if (end === -1) throw templateError(template, `a ${c}-quoted value is not closed in "{{${body}}}"`);
      tokens.push({ text: body.slice(i + 1, end), quoted: true });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < body.length && !/\s/.test(body[j] ?? "")) j += 1;
    tokens.push({ text: body.slice(i, j), quoted: false });
    i = j;
  }
  return tokens;
}
function toArgument(text, quoted2) {
  if (quoted2) return { kind: "literal", value: text };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: "literal", value: Number(text) };
  if (text === "true" || text === "false") return { kind: "literal", value: text === "true" };
  if (text === "null" || text === "undefined") return { kind: "literal", value: void 0 };
  return { kind: "path", name: text };
}
function lookup(scope, name3) {
  return Object.hasOwn(scope, name3) ? scope[name3] : void 0;
}
function argumentValue(arg, scope) {
  if (arg.kind === "literal") return arg.value;
  const value = lookup(scope, arg.name);
  return typeof value === "function" ? void 0 : value;
}
function evaluate2(expr, scope, htmlEscape, template) {
  const target = lookup(scope, expr.name);
  let value;
  if (typeof target === "function") {
    const hash = {};
    for (const [key, arg] of Object.entries(expr.hash)) hash[key] = argumentValue(arg, scope);
    const params = expr.params.map((arg) => argumentValue(arg, scope));
    value = target(...params, { hash });
  } else if (expr.params.length > 0 || Object.keys(expr.hash).length > 0) {
    throw templateError(template, `unknown helper "${expr.name}"`);
  } else {
    value = target;
  }
  const text = value === void 0 || value === null ? "" : String(value);
  return htmlEscape ? escapeHtml(text) : text;
}
var htmlEscapes = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
  "=": "&#x3D;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"'`=]/g, (c) => htmlEscapes[c] ?? c);
}
function templateError(template, problem) {
  return new DockhandError("TAGS_TEMPLATE", `Invalid template "${template}": ${problem}`, {
    exit: 2,
    hint: "Expressions look like {{branch}}, {{version}} or {{date 'YYYYMMDD' tz='Europe/Paris'}}"
  });
}

// src/publish/expressions.ts
function shortSha(sha, length) {
  return length >= sha.length ? sha : sha.slice(0, length);
}
function isDefaultBranch(context) {
  const branch = context.ref.replace(/^refs\/heads\//, "");
  if (branch === "") return false;
  if (context.defaultBranch !== "" && context.defaultBranch === branch) return true;
  return /create|discussion|issues|schedule/.test(context.eventName);
}
function dateHelper(instant) {
  return (...args) => {
    const options = args.pop();
    let zone = "UTC";
    for (const [key, value] of Object.entries(options.hash)) {
      if (key !== "tz") {
        throw new DockhandError("TAGS_TEMPLATE", `Unknown ${key} attribute in a date expression`, {
          exit: 2,
          hint: "Date expressions take a format and tz='Zone', e.g. {{date 'YYYYMMDD' tz='Asia/Tokyo'}}"
        });
      }
      zone = String(value);
    }
    return formatDate(instant, args[0], zone);
  };
}
function globalScope(context) {
  const defaultBranch = isDefaultBranch(context);
  return {
    branch: () => /^refs\/heads\//.test(context.ref) ? context.ref.replace(/^refs\/heads\//, "") : "",
    tag: () => /^refs\/tags\//.test(context.ref) ? context.ref.replace(/^refs\/tags\//, "") : "",
    sha: () => shortSha(context.sha, context.shortShaLength),
    base_ref: () => {
      if (/^refs\/tags\//.test(context.ref)) return context.baseRef;
      if (/^refs\/pull\//.test(context.ref)) return context.prBaseRef;
      return "";
    },
    is_default_branch: () => String(defaultBranch),
    is_not_default_branch: () => String(!defaultBranch),
    date: dateHelper(context.date),
    commit_date: dateHelper(context.commitDate)
  };
}
function renderGlobal(value, context) {
  return renderTemplate(value, globalScope(context));
}

// src/publish/meta.ts
var import_semver = __toESM(require_semver2(), 1);

// src/publish/input-list.ts
function splitInputList(values) {
  const entries2 = [];
  for (const value of values) {
    for (const line of value.split(/\r?\n/)) {
      const entry = line.trim();
      if (entry === "" || entry.startsWith("#")) continue;
      entries2.push(entry);
    }
  }
  return entries2;
}
function parseCsvRecord(entry, what) {
  const fields = [];
  let i = 0;
  if (entry === "") return fields;
  while (i <= entry.length) {
    if (entry[i] === '"') {
      let value2 = "";
      let j = i + 1;
      for (; ; ) {
        if (j >= entry.length) {
          throw syntaxError(what, entry, "a quoted field is not closed");
        }
        if (entry[j] === '"') {
          if (entry[j + 1] === '"') {
            value2 += '"';
            j += 2;
            continue;
          }
          break;
        }
        value2 += entry[j];
        j += 1;
      }
      j += 1;
      if (j < entry.length && entry[j] !== ",") {
        throw syntaxError(what, entry, `unexpected text after the closing quote at column ${j + 1}`);
      }
      fields.push(value2);
      i = j + 1;
      continue;
    }
    const end = entry.indexOf(",", i);
    const value = end === -1 ? entry.slice(i) : entry.slice(i, end);
    if (value.includes('"')) {
      throw syntaxError(what, entry, `a quote inside the unquoted field "${value}"; quote the whole field instead`);
    }
    fields.push(value);
    if (end === -1) break;
    i = end + 1;
  }
  return fields;
}
function syntaxError(what, entry, problem) {
  return new DockhandError("TAGS_INPUT", `Invalid ${what} entry "${entry}": ${problem}`, {
    exit: 2,
    hint: 'Fields are separated by commas; wrap a field holding commas in double quotes: type=match,"pattern=\\d{1,3}"'
  });
}

// src/publish/flavor.ts
function parseFlavor(entries2) {
  const flavor = { latest: "auto", prefix: "", prefixLatest: false, suffix: "", suffixLatest: false };
  for (const entry of entries2) {
    let onlatestFor;
    for (const field of parseCsvRecord(entry, "flavor")) {
      const parts = field.split("=").map((part) => part.trim());
      const key = (parts[0] ?? "").toLowerCase();
      const value = parts[1];
      if (value === void 0) throw flavorError(entry, `"${field}" has no "="`);
      switch (key) {
        case "latest":
          if (value !== "auto" && value !== "true" && value !== "false") {
            throw flavorError(entry, `latest must be auto, true or false, not "${value}"`);
          }
          flavor.latest = value;
          break;
        case "prefix":
          flavor.prefix = value;
          onlatestFor = "prefix";
          break;
        case "suffix":
          flavor.suffix = value;
          onlatestFor = "suffix";
          break;
        case "onlatest":
          if (value !== "true" && value !== "false") {
            throw flavorError(entry, `onlatest must be true or false, not "${value}"`);
          }
          if (onlatestFor === "prefix") flavor.prefixLatest = value === "true";
          if (onlatestFor === "suffix") flavor.suffixLatest = value === "true";
          break;
        default:
          throw flavorError(entry, `unknown key "${key}"`);
      }
    }
  }
  return flavor;
}
function flavorError(entry, problem) {
  return new DockhandError("TAGS_INPUT", `Invalid flavor entry "${entry}": ${problem}`, {
    exit: 2,
    hint: "Flavor keys: latest=auto|true|false, prefix=\u2026, suffix=\u2026, onlatest=true after a prefix or suffix on the same line"
  });
}

// src/publish/image.ts
function parseImages(entries2) {
  const first = entries2[0];
  if (entries2.length === 1 && first !== void 0) {
    const fields = parseCsvRecord(first, "images");
    if (fields.every((field) => !field.includes("="))) {
      return fields.map((field) => field.trim()).filter((name3) => name3 !== "").map((name3) => ({ name: name3, enable: true }));
    }
  }
  return entries2.map((entry) => {
    const image = { name: "", enable: true };
    for (const field of parseCsvRecord(entry, "images")) {
      const parts = field.split("=").map((part) => part.trim());
      const value = parts[1];
      if (value === void 0) {
        image.name = parts[0] ?? "";
        continue;
      }
      const key = (parts[0] ?? "").toLowerCase();
      if (key === "name") {
        image.name = value;
      } else if (key === "enable") {
        if (value !== "true" && value !== "false")
          throw imageError(entry, `enable must be true or false, not "${value}"`);
        image.enable = value === "true";
      } else {
        throw imageError(entry, `unknown attribute "${key}"`);
      }
    }
    if (image.name === "") throw imageError(entry, "the image name is empty");
    return image;
  });
}
function imageError(entry, problem) {
  return new DockhandError("TAGS_INPUT", `Invalid images entry "${entry}": ${problem}`, {
    exit: 2,
    hint: "Write one image per line: ghcr.io/owner/app or name=ghcr.io/owner/app,enable=false"
  });
}

// src/publish/pep440.ts
var versionPattern = new RegExp(
  "^\\s*v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)(?<pre>[-_.]?(?<pre_l>alpha|beta|preview|pre|a|b|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$",
  "i"
);
var preLetters = {
  alpha: "a",
  a: "a",
  beta: "b",
  b: "b",
  c: "rc",
  pre: "rc",
  preview: "rc",
  rc: "rc"
};
function parsePep440(text) {
  const groups2 = versionPattern.exec(text)?.groups;
  if (!groups2?.release) return void 0;
  const version = {
    epoch: groups2.epoch ? Number(groups2.epoch) : 0,
    release: groups2.release.split(".").map(Number),
    isPrerelease: false,
    isPostrelease: false,
    isDevrelease: false
  };
  if (groups2.pre_l) version.pre = [preLetters[groups2.pre_l.toLowerCase()] ?? "rc", Number(groups2.pre_n ?? 0)];
  if (groups2.post_n1 !== void 0) version.post = Number(groups2.post_n1);
  else if (groups2.post_l) version.post = Number(groups2.post_n2 ?? 0);
  if (groups2.dev_l) version.dev = Number(groups2.dev_n ?? 0);
  if (groups2.local) {
    version.local = groups2.local.toLowerCase().split(/[-_.]/).map((part) => /^\d+$/.test(part) ? String(Number(part)) : part).join(".");
  }
  version.isDevrelease = version.dev !== void 0;
  version.isPrerelease = version.pre !== void 0 || version.isDevrelease;
  version.isPostrelease = version.post !== void 0;
  return version;
}
function formatPep440(version) {
  let text = version.epoch !== 0 ? `${version.epoch}!` : "";
  text += version.release.join(".");
  if (version.pre) text += `${version.pre[0]}${version.pre[1]}`;
  if (version.post !== void 0) text += `.post${version.post}`;
  if (version.dev !== void 0) text += `.dev${version.dev}`;
  if (version.local) text += `+${version.local}`;
  return text;
}
function pep440Parts(version) {
  return { major: version.release[0] ?? 0, minor: version.release[1] ?? 0, patch: version.release[2] ?? 0 };
}

// src/publish/tag.ts
var tagTypes = ["schedule", "semver", "pep440", "match", "edge", "ref", "raw", "sha"];
var defaultPriorities = {
  schedule: 1e3,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100
};
var defaultTagEntries = ["type=schedule", "type=ref,event=branch", "type=ref,event=tag", "type=ref,event=pr"];
function parseTags(entries2) {
  const lines = entries2.length === 0 ? defaultTagEntries : entries2;
  const parsed = lines.map(parseTagEntry);
  return parsed.sort((a, b) => Number(b.attrs.priority) - Number(a.attrs.priority));
}
function parseTagEntry(line) {
  const attrs = {};
  let type;
  for (const field of parseCsvRecord(line, "tags")) {
    const eq = field.indexOf("=");
    if (eq <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key === "type") {
      if (!tagTypes.includes(value)) {
        throw tagError(line, `unknown type "${value}"`, `Types: ${tagTypes.join(", ")}`);
      }
      type = value;
    } else {
      attrs[key] = value;
    }
  }
  const resolved = type ?? "raw";
  const has2 = (key) => Object.hasOwn(attrs, key);
  switch (resolved) {
    case "schedule":
      if (!has2("pattern")) attrs.pattern = "nightly";
      break;
    case "semver":
    case "pep440":
      if (!has2("pattern"))
        throw tagError(line, "missing pattern attribute", `e.g. type=${resolved},pattern={{version}}`);
      if (!has2("value")) attrs.value = "";
      if (!has2("match")) attrs.match = "";
      break;
    case "match":
      if (!has2("pattern")) throw tagError(line, "missing pattern attribute", "e.g. type=match,pattern=v(.*),group=1");
      if (!has2("group")) attrs.group = "0";
      if (Number.isNaN(Number(attrs.group))) throw tagError(line, `group "${attrs.group}" is not a number`);
      if (!has2("value")) attrs.value = "";
      break;
    case "edge":
      if (!has2("branch")) attrs.branch = "";
      break;
    case "ref":
      if (!has2("event"))
        throw tagError(line, "missing event attribute", "e.g. type=ref,event=branch (branch, tag or pr)");
      if (!["branch", "tag", "pr"].includes(attrs.event ?? "")) {
        throw tagError(line, `event must be branch, tag or pr, not "${attrs.event}"`);
      }
      if (attrs.event === "pr" && !has2("prefix")) attrs.prefix = "pr-";
      break;
    case "raw":
      if (!has2("value")) throw tagError(line, "missing value attribute", "e.g. type=raw,value=latest");
      break;
    case "sha":
      if (!has2("prefix")) attrs.prefix = "sha-";
      if (!has2("format")) attrs.format = "short";
      if (attrs.format !== "short" && attrs.format !== "long") {
        throw tagError(line, `format must be short or long, not "${attrs.format}"`);
      }
      break;
  }
  if (!has2("enable")) attrs.enable = "true";
  if (!has2("priority")) attrs.priority = String(defaultPriorities[resolved]);
  return { type: resolved, attrs, source: line };
}
function tagError(line, problem, hint) {
  return new DockhandError("TAGS_INPUT", `Invalid tags entry "${line}": ${problem}`, {
    exit: 2,
    hint: hint ?? "See `dockhand tags --help` for the tag syntax"
  });
}

// src/publish/meta.ts
function sanitizeTag(tag2) {
  return tag2.replace(/[^a-zA-Z0-9._-]+/g, "-");
}
function computeMeta(inputs, context) {
  const flavor = parseFlavor(inputs.flavor ?? []);
  const entries2 = parseTags(inputs.tags ?? []);
  const images = parseImages(inputs.images).filter((image) => image.enable).map((image) => image.name.toLowerCase());
  const warnings = [];
  const version = {
    main: void 0,
    partial: [],
    latest: void 0
  };
  const render = (value) => renderGlobal(value, context);
  const withAffixes = (value, entry) => {
    let result2 = value;
    if (Object.hasOwn(entry.attrs, "prefix")) result2 = `${render(entry.attrs.prefix ?? "")}${result2}`;
    else if (flavor.prefix !== "") result2 = `${render(flavor.prefix)}${result2}`;
    if (Object.hasOwn(entry.attrs, "suffix")) result2 = `${result2}${render(entry.attrs.suffix ?? "")}`;
    else if (flavor.suffix !== "") result2 = `${result2}${render(flavor.suffix)}`;
    return result2;
  };
  const latestFor = (auto) => flavor.latest === "auto" ? auto : flavor.latest === "true";
  const add = (value, auto) => {
    if (value === "") return;
    const tag2 = sanitizeTag(value);
    if (version.main === void 0) version.main = tag2;
    else if (tag2 !== version.main) version.partial.push(tag2);
    if (version.latest === void 0) version.latest = latestFor(auto);
  };
  for (const entry of entries2) {
    const enabled = render(entry.attrs.enable ?? "true");
    if (enabled !== "true" && enabled !== "false") {
      throw new DockhandError("TAGS_INPUT", `Invalid value for enable attribute: "${enabled}" in "${entry.source}"`, {
        exit: 2,
        hint: "enable must render to true or false, e.g. enable={{is_default_branch}}"
      });
    }
    if (enabled === "false") continue;
    const produced = produce(entry, context, render, warnings);
    if (produced) add(withAffixes(produced.value, entry), produced.latest);
  }
  const partial = version.partial.filter((tag2, index) => version.partial.indexOf(tag2) === index);
  const result = { main: version.main, partial, latest: version.latest ?? false };
  const latestTag = sanitizeTag(
    `${flavor.prefixLatest ? flavor.prefix : ""}latest${flavor.suffixLatest ? flavor.suffix : ""}`
  );
  const tagNames = result.main === void 0 ? [] : [result.main, ...result.partial, ...result.latest ? [latestTag] : []];
  const tags = (images.length > 0 ? images : [""]).flatMap(
    (image) => tagNames.map((name3) => image === "" ? name3 : `${image}:${name3}`)
  );
  return { version: result, tags, tagNames, images, flavor, latestTag, warnings };
}
function produce(entry, context, render, warnings) {
  const attrs = entry.attrs;
  const isTag = /^refs\/tags\//.test(context.ref);
  const tagName = context.ref.replace(/^refs\/tags\//, "");
  switch (entry.type) {
    case "schedule": {
      if (!/schedule/.test(context.eventName)) return void 0;
      const scope = { date: dateHelper(context.date), commit_date: dateHelper(context.commitDate) };
      return { value: renderTemplate(attrs.pattern ?? "nightly", scope), latest: false };
    }
    case "semver":
    case "pep440": {
      if (!isTag && attrs.value === "") return void 0;
      let raw = attrs.value !== "" ? render(attrs.value ?? "") : tagName;
      if (attrs.match) {
        const found = raw.match(compileRegex(attrs.match, entry));
        if (found) raw = found[1] ?? "";
        else warnings.push(`${attrs.match} does not match ${raw}.`);
      }
      raw = raw.replace(/\//g, "-");
      return entry.type === "semver" ? produceSemver(raw, attrs.pattern ?? "", warnings) : producePep440(raw, attrs.pattern ?? "", warnings);
    }
    case "match": {
      if (!isTag && attrs.value === "") return void 0;
      const raw = attrs.value !== "" ? render(attrs.value ?? "") : tagName;
      const pattern = attrs.pattern ?? "";
      const literal = /^\/(.+)\/(.*)$/.exec(pattern);
      const regex2 = literal?.[1] !== void 0 ? compileRegex(literal[1], entry, literal[2]) : compileRegex(pattern, entry);
      const found = raw.match(regex2);
      if (!found) {
        warnings.push(`${pattern} does not match ${raw}.`);
        return void 0;
      }
      const group = found[attrs.group ?? "0"];
      if (group === void 0) {
        warnings.push(`Group ${attrs.group} does not exist for ${pattern} pattern.`);
        return void 0;
      }
      return { value: group, latest: true };
    }
    case "ref": {
      if (attrs.event === "branch") {
        if (!/^refs\/heads\//.test(context.ref)) return void 0;
        return { value: context.ref.replace(/^refs\/heads\//, ""), latest: false };
      }
      if (attrs.event === "tag") {
        if (!isTag) return void 0;
        return { value: tagName, latest: true };
      }
      if (!/^refs\/pull\//.test(context.ref)) return void 0;
      return { value: context.ref.replace(/^refs\/pull\//, "").replace(/\/merge$/, ""), latest: false };
    }
    case "edge": {
      if (!/^refs\/heads\//.test(context.ref)) return void 0;
      const branch = attrs.branch !== "" ? attrs.branch : context.defaultBranch;
      if (!branch || branch !== context.ref.replace(/^refs\/heads\//, "")) return void 0;
      return { value: "edge", latest: false };
    }
    case "raw":
      return { value: render(attrs.value ?? ""), latest: false };
    case "sha": {
      if (context.sha === "") return void 0;
      const value = attrs.format === "short" ? shortSha(context.sha, context.shortShaLength) : context.sha;
      return { value, latest: false };
    }
  }
}
function produceSemver(raw, pattern, warnings) {
  if (!import_semver.default.valid(raw)) {
    warnings.push(`${raw} is not a valid semver. More info: https://semver.org/`);
    return void 0;
  }
  const parsed = import_semver.default.parse(raw, { loose: true });
  if (!parsed) return void 0;
  const scope = {
    raw: parsed.raw,
    version: parsed.version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease,
    build: parsed.build
  };
  if (import_semver.default.prerelease(raw)) {
    return { value: renderTemplate(isRawStatement(pattern) ? pattern : "{{version}}", scope), latest: false };
  }
  return { value: renderTemplate(pattern, scope), latest: true };
}
function producePep440(raw, pattern, warnings) {
  const parsed = parsePep440(raw);
  if (!parsed) {
    warnings.push(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
    return void 0;
  }
  const clean = formatPep440(parsed);
  if (parsed.isPrerelease || parsed.isPostrelease || parsed.isDevrelease) {
    return { value: isRawStatement(pattern) ? raw : clean, latest: false };
  }
  const parts = pep440Parts(parsed);
  return { value: renderTemplate(pattern, { raw, version: clean, ...parts }), latest: true };
}
function compileRegex(source, entry, flags) {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new DockhandError("TAGS_INPUT", `Invalid regular expression "${source}" in "${entry.source}"`, {
      exit: 2,
      hint: error instanceof Error ? error.message : void 0
    });
  }
}

// src/publish/deployment.ts
var archExpression = /\{\{\{?[~&\s]*arch\s*~?\}/;
function imageTag(image, tag2) {
  return image === "" ? tag2 : `${image}:${tag2}`;
}
function planDeployment(inputs) {
  const plan = { names: [], refs: [], byArch: /* @__PURE__ */ new Map(), merges: [] };
  const render = (template, arch) => sanitizeTag(
    renderTemplate(template, {
      ...globalScope(inputs.context),
      version: inputs.version,
      arch: arch?.name ?? "",
      platform: arch?.platform ?? ""
    })
  );
  for (const template of inputs.templates) {
    if (!archExpression.test(template)) {
      const name3 = render(template, void 0);
      plan.names.push(name3);
      for (const image of inputs.images) {
        plan.refs.push(imageTag(image, name3));
        if (inputs.archs.length > 0) {
          const sources = inputs.archs.map((arch) => imageTag(image, `${inputs.version}-${arch.name}`));
          plan.merges.push({ target: imageTag(image, name3), sources });
        }
      }
      continue;
    }
    if (inputs.archs.length === 0) {
      throw new UsageError(
        `The deployment template "${template}" uses {{arch}} but no --arch was given`,
        "Add --arch amd64,arm64 (or drop {{arch}} from the template)"
      );
    }
    for (const arch of inputs.archs) {
      const name3 = render(template, arch);
      plan.names.push(name3);
      const refs = inputs.images.map((image) => imageTag(image, name3));
      plan.refs.push(...refs);
      plan.byArch.set(arch.name, [...plan.byArch.get(arch.name) ?? [], ...refs]);
    }
  }
  return plan;
}

// src/publish/labels.ts
var defaultAnnotationLevels = ["manifest"];
function ociLabels(context, version, extra) {
  const repo = context.repository;
  const lines = [
    `org.opencontainers.image.title=${repo.name ?? ""}`,
    `org.opencontainers.image.description=${repo.description ?? ""}`,
    `org.opencontainers.image.url=${repo.htmlUrl ?? ""}`,
    `org.opencontainers.image.source=${repo.htmlUrl ?? ""}`,
    `org.opencontainers.image.version=${version.main ?? ""}`,
    `org.opencontainers.image.created=${context.date.toISOString()}`,
    `org.opencontainers.image.revision=${context.sha}`,
    `org.opencontainers.image.licenses=${repo.license ?? ""}`,
    ...extra.map((line) => renderGlobal(line, context))
  ];
  const byKey = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const [key = "", ...values] = line.split("=");
    if (values.length > 0) byKey.set(key, values.join("="));
  }
  return [...byKey.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([key, value]) => `${key}=${value}`);
}
function labelsObject(lines) {
  const labels = {};
  for (const line of lines) {
    const eq = line.indexOf("=");
    if (eq >= 0) labels[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return labels;
}
function withLevels(lines, levels) {
  return levels.flatMap((level) => lines.map((line) => `${level}:${line}`));
}

// src/publish/validate.ts
function validateTags(tags) {
  const invalid3 = [];
  for (const tag2 of new Set(tags)) {
    const problem = describeTagProblem(tag2);
    if (problem) invalid3.push({ tag: tag2, problem });
  }
  if (invalid3.length === 0) return;
  const lines = invalid3.map(({ tag: tag2, problem }) => `${quoted(tag2)}: ${problem}`);
  throw new DockhandError(
    "TAG_INVALID",
    `${invalid3.length === 1 ? "A planned tag is" : `${invalid3.length} planned tags are`} not valid: ${lines.join("; ")}`,
    {
      hint: 'A tag is at most 128 letters, digits, "_", "." and "-", and starts with a letter, digit or "_"; change the value, prefix or suffix that produced it',
      details: { invalid: invalid3 }
    }
  );
}
function validateImages(images) {
  for (const image of images) {
    const problem = describeNameProblem(image);
    if (problem) {
      throw new DockhandError("TAGS_INPUT", `Invalid image ${quoted(image)}: ${problem}`, {
        exit: 2,
        hint: "Give images as registry/owner/name without a tag, e.g. ghcr.io/owner/app",
        details: { image }
      });
    }
  }
}

// src/publish/plan.ts
function planTags(inputs, context) {
  const meta = computeMeta(
    {
      images: splitInputList(inputs.images ?? []),
      tags: splitInputList(inputs.tags ?? []),
      flavor: splitInputList(inputs.flavor ?? [])
    },
    context
  );
  const warnings = [...meta.warnings];
  if (meta.tags.length === 0) warnings.push("No Docker tag has been generated. Check tags input.");
  validateImages(meta.images);
  const archs = parseArchs(inputs.archs ?? []);
  const images = meta.images.length > 0 ? meta.images : [""];
  const perArchName = (name3, arch) => `${name3}-${arch.name}`;
  const templates = splitInputList(inputs.extras ?? []);
  const main = meta.version.main;
  if (templates.length > 0 && main === void 0) {
    warnings.push("No version was produced, so no deployment tag was planned.");
  }
  const deployment = planDeployment({
    templates: main === void 0 ? [] : templates,
    context,
    version: main ?? "",
    archs,
    images
  });
  const legs = archs.map((arch) => ({
    arch: arch.name,
    platform: arch.platform,
    tags: [
      ...images.flatMap((image) => meta.tagNames.map((name3) => imageTag(image, perArchName(name3, arch)))),
      ...deployment.byArch.get(arch.name) ?? []
    ]
  }));
  const merges = [
    ...archs.length === 0 ? [] : images.flatMap(
      (image) => meta.tagNames.map((name3) => ({
        target: imageTag(image, name3),
        sources: archs.map((arch) => imageTag(image, perArchName(name3, arch)))
      }))
    ),
    ...deployment.merges
  ];
  validateTags([
    ...meta.tagNames,
    ...archs.flatMap((arch) => meta.tagNames.map((name3) => perArchName(name3, arch))),
    ...deployment.names
  ]);
  const labelLines = ociLabels(context, meta.version, splitInputList(inputs.labels ?? []));
  const annotationLines = ociLabels(context, meta.version, splitInputList(inputs.annotations ?? []));
  const levels = inputs.annotationLevels?.length ? inputs.annotationLevels : defaultAnnotationLevels;
  return {
    version: meta.version,
    tags: meta.tags,
    tagNames: meta.tagNames,
    labels: labelsObject(labelLines),
    annotations: withLevels(annotationLines, levels),
    plan: { images: meta.images, legs, merges, deployment: deployment.refs },
    warnings
  };
}

// src/action/tags.ts
function list(runner, name3) {
  const value = runner.input(name3);
  return value === "" ? [] : [value];
}
async function repositoryFromApi(runner, facts) {
  const token = runner.input("github-token");
  const full = runner.env.GITHUB_REPOSITORY;
  if (!token || !full) return;
  const api = (runner.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const response = await fetch(`${api}/repos/${full}`, {
    headers: { authorization: `Bearer ${token}`, accept: "application/vnd.github+json" }
  });
  if (!response.ok) {
    runner.log(`warning: could not read ${full} from the API (${response.status}): labels from it are left out`);
    return;
  }
  const repo = await response.json();
  facts.repository = {
    ...repo.name ? { name: repo.name } : {},
    ...repo.description ? { description: repo.description } : {},
    ...repo.html_url ? { htmlUrl: repo.html_url } : {},
    ...repo.license?.spdx_id ? { license: repo.license.spdx_id } : {}
  };
  if (!facts.defaultBranch && repo.default_branch) facts.defaultBranch = repo.default_branch;
}
function bakeParts(plan) {
  const target = (body) => ({ target: { "docker-metadata-action": body } });
  const args = { DOCKER_META_IMAGES: plan.plan.images.join(","), DOCKER_META_VERSION: plan.version.main ?? "" };
  return {
    tags: target({ tags: plan.tags, args }),
    labels: target({ labels: plan.labels }),
    annotations: target({ annotations: plan.annotations })
  };
}
async function runTagsAction(runner) {
  const facts = factsFromEnv(runner.env, (file) => readFileSync(file, "utf8"));
  const epoch = sourceDateEpoch(runner.env);
  if (epoch) facts.date = epoch;
  await repositoryFromApi(runner, facts);
  const levels = (runner.env.DOCKER_METADATA_ANNOTATIONS_LEVELS ?? "").split(",").map((l) => l.trim()).filter(Boolean);
  const plan = planTags(
    {
      images: list(runner, "images"),
      tags: list(runner, "tags"),
      flavor: list(runner, "flavor"),
      labels: list(runner, "labels"),
      annotations: list(runner, "annotations"),
      archs: list(runner, "arch"),
      extras: list(runner, "extra"),
      annotationLevels: levels
    },
    resolveContext(facts)
  );
  for (const warning of plan.warnings) runner.log(`warning: ${warning}`);
  const json = {
    tags: plan.tags,
    "tag-names": plan.tagNames,
    labels: plan.labels,
    annotations: plan.annotations
  };
  const outputs = planOutputs(plan, json);
  const separator2 = (name3) => {
    const value = runner.env[`INPUT_${name3.toUpperCase()}`];
    return value === void 0 || value === "" ? "\n" : value;
  };
  outputs.tags = plan.tags.join(separator2("sep-tags"));
  outputs.labels = Object.entries(plan.labels).map(([k, v]) => `${k}=${v}`).join(separator2("sep-labels"));
  outputs.annotations = plan.annotations.join(separator2("sep-annotations"));
  const dir = mkdtempSync(path4.join(runner.env.RUNNER_TEMP ?? tmpdir(), "docker-metadata-action-"));
  const parts = bakeParts(plan);
  const target = runner.input("bake-target") || "docker-metadata-action";
  const rename = (value) => JSON.parse(JSON.stringify(value).replace('"docker-metadata-action"', JSON.stringify(target)));
  const write = (name3, value) => {
    const file = path4.join(dir, name3);
    writeFileSync(file, JSON.stringify(rename(value), null, 2));
    return file;
  };
  const merged = {
    target: {
      "docker-metadata-action": {
        ...parts.tags.target["docker-metadata-action"],
        labels: plan.labels
      }
    }
  };
  outputs["bake-file-tags"] = write("docker-metadata-action-bake-tags.json", parts.tags);
  outputs["bake-file-labels"] = write("docker-metadata-action-bake-labels.json", parts.labels);
  outputs["bake-file-annotations"] = write("docker-metadata-action-bake-annotations.json", parts.annotations);
  outputs["bake-file"] = write("docker-metadata-action-bake.json", merged);
  outputs.plan = JSON.stringify(plan.plan);
  runner.outputs(outputs);
}

// src/action/main.ts
var COMMANDS = {
  tags: runTagsAction,
  doctor: runDoctorAction
};
async function runAction(runner = processRunner()) {
  const command = runner.input("command") || "tags";
  const run = COMMANDS[command];
  try {
    if (!run) throw new Error(`unknown command "${command}": use one of ${Object.keys(COMMANDS).join(", ")}`);
    await run(runner);
    return 0;
  } catch (error) {
    runner.error(error.message, { title: `dockhand ${command}` });
    return 1;
  }
}
process.exitCode = await runAction();
export {
  runAction
};
