namespace Cchc.Domain.Diagnostics;

/// <summary>Builds JSON Pointers (RFC 6901) one reference token at a time.</summary>
public static class JsonPointer
{
    /// <summary>The pointer to the whole document: the empty string.</summary>
    public const string Root = "";

    /// <summary>Appends a member name to <paramref name="jsonPointer"/>, escaping <c>~</c> as <c>~0</c> and <c>/</c> as <c>~1</c>.</summary>
    /// <param name="jsonPointer">The pointer to the containing object.</param>
    /// <param name="memberName">The member name, unescaped.</param>
    /// <returns>The pointer to the member.</returns>
    public static string Append(string jsonPointer, string memberName)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        ArgumentNullException.ThrowIfNull(memberName);
        var token = memberName.Contains('~', StringComparison.Ordinal) || memberName.Contains('/', StringComparison.Ordinal)
            ? memberName.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : memberName;
        return string.Concat(jsonPointer, "/", token);
    }

    /// <summary>Appends an array index to <paramref name="jsonPointer"/>.</summary>
    /// <param name="jsonPointer">The pointer to the array.</param>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The pointer to the element.</returns>
    public static string Append(string jsonPointer, int index)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return string.Concat(jsonPointer, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Splits a pointer into its unescaped reference tokens.</summary>
    /// <param name="jsonPointer">A JSON Pointer; the empty string has no tokens.</param>
    /// <returns>The tokens, unescaped.</returns>
    /// <exception cref="ArgumentException">The pointer is not empty and does not start with '/'.</exception>
    public static IReadOnlyList<string> Parse(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        if (jsonPointer.Length == 0)
        {
            return [];
        }

        if (jsonPointer[0] != '/')
        {
            throw new ArgumentException("A JSON Pointer is empty or starts with '/'.", nameof(jsonPointer));
        }

        return [.. jsonPointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
    }
}
