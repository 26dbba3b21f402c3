enum HelpText {
    static let version = "0.1.0"
    static let overview = """
    claimaudit: audit the money figures in prose.

    USAGE: claimaudit COMMAND [options]

    COMMANDS:
      check PATH… | -     audit files, folders (recursively) or standard input
      rules               list the rules (--check DIR validates a rules folder)
      explain RULE        print a rule's rationale, reference data and examples
      eval DIR…           score the analyzer against labelled documents
    """
}
