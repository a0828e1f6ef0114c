using Cchc.Cli.Reports;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Cli.Documents;

/// <summary>Reads one document with its kind's reader and locates every diagnostic in the text.</summary>
internal static class DocumentValidation
{
    public static FileReport Validate(string name, byte[] bytes, IReadableDocumentKind kind, DocumentProbe probe, JsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(probe);
        var verdict = kind.Read(bytes, options);
        return Report(name, kind.Name, bytes, verdict);
    }

    /// <summary>Builds the report of a document already read, locating its diagnostics in <paramref name="bytes"/>.</summary>
    public static FileReport Report(string name, string kindName, byte[] bytes, DocumentVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var positions = JsonPositions.Locate(bytes, verdict.Diagnostics.Select(d => d.Path));
        var located = verdict.Diagnostics.Select(d => Locate(d, positions)).ToList();
        return new FileReport(name, kindName, verdict.IsValid, located);
    }

    private static LocatedDiagnostic Locate(Diagnostic diagnostic, IReadOnlyDictionary<string, (int Line, int Column)> positions)
    {
        if (diagnostic.Position is { } known)
        {
            return new LocatedDiagnostic(diagnostic, known.Line, known.Column);
        }

        return positions.TryGetValue(diagnostic.Path, out var position)
            ? new LocatedDiagnostic(diagnostic, position.Line, position.Column)
            : new LocatedDiagnostic(diagnostic, null, null);
    }
}
