import ClaimAudit

enum HelpText {
    static let version = ToolInfo.version
    static let overview = """
    claimaudit: audit the money figures in prose.

    USAGE: claimaudit COMMAND [options]

    COMMANDS:
      check PATH… | -     audit files, folders (recursively) or standard input
      rules               list the rules (--check DIR validates a rules folder and runs its examples)
      explain RULE        print a rule's rationale, reference data and examples
      explain --text T    trace how the rules decide each money figure of text T (also
                          --file PATH, or - for standard input): decision, deciding kind
                          and stance rules, evidence cues with line:col, and every other
                          rule that matched with its priority (--rules, --input-format apply)
      eval DIR…           score the analyzer against labelled documents
      train PATH…         count the context model from labelled documents (folders, files
                          or file-name prefixes such as Corpus/holdout/h2-) and write it
                          to --output FILE (default: print it); --examples FILE writes
                          the labelled mentions and their features as TSV instead;
                          --verify FILE retrains with the command in FILE's header and
                          exits 1 when FILE's counts are stale

    CHECK OPTIONS:
      --format F          text (default): compiler-style findings; json: an array with one
                          object per file; jsonl: one object per file per line; sarif:
                          SARIF 2.1.0 for code scanning; github: Actions annotations;
                          html: one self-contained page for editors
      --input-format F    markdown, html or text (default: from the extension, else
                          sniffed from the content, as for standard input)
      --rules DIR         extra rule folder, loaded after the defaults (repeatable)
      --mentions-only     find money mentions only, no rules (also --no-rules)
      --no-model          classify with the rules alone, without the context model
      --fail-on LEVEL     error (default), warning, note or none
      --output FILE       write the report to FILE (the summary still prints)
      --extensions LIST   file extensions read in folders (default md,markdown,txt,html,htm)
      --ignore GLOB       leave matching paths out of folder walks (gitignore style, repeatable)
      --config FILE       settings file (default: the nearest .claimaudit.json above the
                          working directory); --no-config ignores it
      --verbose           show informative checks and check inputs (text, github, sarif)
      --no-inline-suppressions
                          ignore <!-- claimaudit-disable… --> comments (report everything)
      --write-baseline FILE
                          accept every current finding: write them to FILE (exit 0
                          unless an input error)
      --baseline FILE     leave out the findings FILE lists (new findings still count)
      --color WHEN        auto (default: on a terminal, unless NO_COLOR is set), always, never

    EXIT STATUS (check):
      0  no finding at or above --fail-on
      1  a finding at or above --fail-on
      2  a usage, rules or input error (e.g. a missing file; the others are still reported)
    """
}
