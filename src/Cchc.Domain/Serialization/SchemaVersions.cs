using System.Globalization;
using Cchc.Domain.Validation;

namespace Cchc.Domain.Serialization;

/// <summary>Decides whether a document's <c>schemaVersion</c> can be read: same major version; a newer minor one is read with a warning.</summary>
internal static class SchemaVersions
{
    public const string Current = "1.0";

    public static bool CanRead(string version, List<Diagnostic> diagnostics)
    {
        var path = JsonPointer.Append(JsonPointer.Root, "schemaVersion");
        var parts = version.Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || major != 1)
        {
            diagnostics.Add(JsonDiagnostics.UnsupportedVersion.Create(path, version, Current));
            return false;
        }

        if (minor > 0)
        {
            diagnostics.Add(JsonDiagnostics.NewerVersion.Create(path, version, Current));
        }

        return true;
    }
}
