/// The warnings a command shows about a dataset it read, and what `--strict` makes of them
/// (`docs/data-contract.md`, "Errors, rejected rows and warnings").
extension FileTally {
    /// Dates later than `as_of`, read as missing, as counted in `quality.csv`.
    var datesAfterAsOfWarning: Diagnostic? {
        guard datesAfterAsOf > 0 else { return nil }
        let what = datesAfterAsOf == 1 ? "1 date is" : "\(datesAfterAsOf) dates are"
        return Diagnostic(
            severity: .warning, file: file.fileName, code: "dates_after_as_of",
            message:
                """
                \(what) later than as_of and read as missing (the event had not happened by the census date); see dates_after_as_of in \
                data/quality.csv
                """
        )
    }

    /// One warning for a file with rejected rows, pointing at the published list of them.
    var rejectedRowsWarning: Diagnostic? {
        guard rowsRejected > 0 else { return nil }
        return Diagnostic(
            severity: .warning, file: file.fileName, code: "rows_rejected",
            message:
                """
                \(rowsRejected) of \(rowsRead) rows were rejected and count in no figure; each is listed by line, column and reason in \
                data/rejections.csv
                """
        )
    }
}

extension Dataset {
    /// Every warning that `build` shows: the dataset's, then one for each file with rejected rows.
    var buildWarnings: [Diagnostic] {
        warnings + tallies.compactMap(\.rejectedRowsWarning)
    }

    /// Under `--strict` every warning about the inputs' settings and columns is fatal: those
    /// warnings as errors, or nil when there are none. Rejected rows are judged by
    /// ``rejectedShareExceeded(strict:)`` (their own exit status), and dates after `as_of` are the
    /// census date at work (`docs/data-contract.md`, "Scope and the census date"), not a fault of
    /// the data.
    func warningsAsErrors() -> InputError? {
        let fatal = warnings.filter { $0.code != "dates_after_as_of" }
        guard !fatal.isEmpty else { return nil }
        return InputError(
            fatal.map {
                var error = $0
                error.severity = .error
                error.message += " (--strict makes every warning fatal)"
                return error
            })
    }
}
