using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// Decides whether a document's <c>schemaVersion</c> can be read, exactly as the schemas' pattern
/// <c>^1\.[0-9]+$</c> says: major version 1; a newer minor one (<c>"1.5"</c>, <c>"1.99999999999"</c>) is read
/// with a warning. Every reader checks the version here, the same way.
/// </summary>
internal static class SchemaVersions
{
    public const string Current = "1.0";

    public static bool CanRead(string version, List<Diagnostic> diagnostics)
    {
        var state = new JsonReadState(JsonReadOptions.Strict, diagnostics);
        return CanRead(version, state);
    }

    /// <summary>Whether <paramref name="version"/> can be read; what is wrong with it is reported to <paramref name="state"/>.</summary>
    public static bool CanRead(string version, JsonReadState state)
    {
        var path = JsonPointer.Append(JsonPointer.Root, "schemaVersion");
        var parts = version.Split('.');
        if (parts.Length != 2 || !string.Equals(parts[0], "1", StringComparison.Ordinal) || parts[1].Length == 0 || !parts[1].All(char.IsAsciiDigit))
        {
            state.Report(JsonDiagnostics.UnsupportedVersion.Create(path, version, Current));
            return false;
        }

        if (parts[1].Any(c => c != '0'))
        {
            state.Report(JsonDiagnostics.NewerVersion.Create(path, version, Current));
        }

        return true;
    }
}
