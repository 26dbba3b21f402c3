/// The exit statuses, never a count.
enum ExitStatus: Int32 {
    /// Nothing at or above `--fail-on`.
    case clean = 0
    /// Findings at or above `--fail-on`.
    case findings = 1
    /// Usage, configuration or input errors.
    case usage = 2
}
