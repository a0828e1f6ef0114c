using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Reports;

/// <summary>The words for severities in reports (the same in every language, as compilers print them) and SARIF levels.</summary>
internal static class SeverityNames
{
    public static string Word(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
