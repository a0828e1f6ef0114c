using System.Text;
using System.Text.Json;

namespace Cchc.Domain.Diagnostics;

/// <summary>
/// Turns FluentValidation property paths ("Areas[0].Tasks[2].Title") into the JSON Pointers of the
/// document ("/areas/0/tasks/2/title"). The JSON contract names every member as the camelCase of the
/// model's property, so the translation is mechanical. Paths that already are pointers pass through.
/// </summary>
internal static class PropertyPaths
{
    public static string ToPointer(string propertyPath)
    {
        if (propertyPath.Length == 0 || propertyPath[0] == '/')
        {
            return propertyPath;
        }

        var pointer = new StringBuilder(propertyPath.Length + 8);
        foreach (var segment in propertyPath.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            pointer.Append('/').Append(JsonNamingPolicy.CamelCase.ConvertName(name));
            while (bracket >= 0)
            {
                var close = segment.IndexOf(']', bracket);
                pointer.Append('/').Append(segment, bracket + 1, close - bracket - 1);
                bracket = segment.IndexOf('[', close);
            }
        }

        return pointer.ToString();
    }
}
