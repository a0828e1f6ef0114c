using System.Text.Json;

namespace Cchc.Domain.Diagnostics;

/// <summary>
/// Finds where the values named by JSON Pointers start in a UTF-8 JSON text, as 1-based line and
/// column, so that tools can point people at the exact spot of a diagnostic.
/// </summary>
public static class JsonPositions
{
    /// <summary>Locates each pointer in <paramref name="pointers"/> in one pass over the text, in time linear in the text and the number of pointers.</summary>
    /// <param name="utf8Json">The document as UTF-8 bytes (a leading byte-order mark is allowed).</param>
    /// <param name="pointers">The JSON Pointers to find.</param>
    /// <returns>
    /// For each pointer found, the line and column where its value starts. Pointers that do not
    /// resolve (or text that is not JSON past some point) are simply absent.
    /// </returns>
    public static IReadOnlyDictionary<string, (int Line, int Column)> Locate(ReadOnlySpan<byte> utf8Json, IEnumerable<string> pointers)
    {
        ArgumentNullException.ThrowIfNull(pointers);
        var wanted = new HashSet<string>(pointers, StringComparer.Ordinal);
        var found = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        var text = utf8Json;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 1024 });
        var stack = new Stack<Container>();
        var cursor = default(TextPosition.Cursor);
        try
        {
            while (found.Count < wanted.Count && reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    stack.Peek().Member = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    stack.Pop();
                    continue;
                }

                // A value starts here.
                var pointer = stack.Count == 0 ? JsonPointer.Root : stack.Peek().NextPointer();
                if (wanted.Contains(pointer) && !found.ContainsKey(pointer))
                {
                    found[pointer] = cursor.MoveTo(text, (int)reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    stack.Push(new Container(pointer, reader.TokenType == JsonTokenType.StartArray));
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed past this point (InvalidOperationException: a member name that is not valid UTF-8 or
            // holds an escaped lone surrogate cannot be decoded): report what was found before it.
        }

        return found;
    }

    private sealed class Container(string pointer, bool isArray)
    {
        private int _nextIndex;

        public string? Member { get; set; }

        public string NextPointer() =>
            isArray ? JsonPointer.Append(pointer, _nextIndex++) : JsonPointer.Append(pointer, Member ?? string.Empty);
    }
}
