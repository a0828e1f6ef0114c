using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// Decides whether a document's <c>schemaVersion</c> can be read, exactly as the schemas' pattern
/// <c>^1\.[0-9]+$</c> says: major version 1; a newer minor one is read with a warning.
/// </summary>
internal static class SchemaVersions
{
    public const string Current = "1.0";

    public static bool CanRead(string version, List<Diagnostic> diagnostics)
    {
        var path = JsonPointer.Append(JsonPointer.Root, "schemaVersion");
        var parts = version.Split('.');
        if (parts.Length != 2 || !string.Equals(parts[0], "1", StringComparison.Ordinal) || parts[1].Length == 0 || !parts[1].All(char.IsAsciiDigit))
        {
            diagnostics.Add(JsonDiagnostics.UnsupportedVersion.Create(path, version, Current));
            return false;
        }

        if (parts[1].Any(c => c != '0'))
        {
            diagnostics.Add(JsonDiagnostics.NewerVersion.Create(path, version, Current));
        }

        return true;
    }
}
