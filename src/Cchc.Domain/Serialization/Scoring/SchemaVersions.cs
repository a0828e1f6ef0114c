using System.Globalization;
using Cchc.Domain.Validation;

namespace Cchc.Domain.Serialization.Scoring;

/// <summary>The <c>schemaVersion</c> of the scoring documents: "1.0" is read and written; a newer 1.x is read with a warning; anything else is refused.</summary>
internal static class SchemaVersions
{
    public const string Current = "1.0";

    /// <summary>Checks <paramref name="version"/>; returns whether the document can be read.</summary>
    public static bool Check(string version, List<Diagnostic> diagnostics)
    {
        if (string.Equals(version, Current, StringComparison.Ordinal))
        {
            return true;
        }

        var parts = version.Split('.');
        if (parts.Length == 2
            && string.Equals(parts[0], "1", StringComparison.Ordinal)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            && minor > 0)
        {
            diagnostics.Add(JsonDiagnostics.NewerVersion.Create("/schemaVersion", version, Current));
            return true;
        }

        diagnostics.Add(JsonDiagnostics.UnsupportedVersion.Create("/schemaVersion", version, Current));
        return false;
    }
}
