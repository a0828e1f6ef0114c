using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Cli.Reports;

/// <summary>A diagnostic with the 1-based line and column of the value it is about, when known.</summary>
internal sealed record LocatedDiagnostic(Diagnostic Diagnostic, int? Line, int? Column);
