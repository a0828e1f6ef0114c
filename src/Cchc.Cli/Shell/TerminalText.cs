using System.Globalization;
using System.Text;

namespace Cchc.Cli.Shell;

/// <summary>
/// Text from documents and command lines made safe for a terminal: control characters (C0, DEL, C1), line and
/// paragraph separators and the bidirectional overrides and isolates are shown escaped (<c>\n</c>, <c>\r</c>,
/// <c>\t</c>, <c>\u001B</c>…), so that a document can neither send escape sequences to the terminal nor forge a
/// line of output (a diagnostic, a verdict). Every text output and every message goes through <see cref="Escape"/>,
/// through <see cref="Writer"/>.
/// </summary>
internal static class TerminalText
{
    /// <summary>At most this many characters of an argument or a path are echoed in a message (<see cref="Shown"/>).</summary>
    public const int MaxShownLength = 200;

    /// <summary>Whether <paramref name="c"/> is shown escaped.</summary>
    public static bool NeedsEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>The text with every character of <see cref="NeedsEscape"/> written as an escape.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || (text.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0 && !ContainsOther(text)))
        {
            return text ?? string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>
    /// A value quoted back in a message (a path, an argument): escaped, and cut after <see cref="MaxShownLength"/>
    /// characters with the full length said, so that a 50 MB argument is not echoed whole.
    /// </summary>
    public static string Shown(string? text, int maxLength = MaxShownLength)
    {
        text ??= string.Empty;
        if (text.Length <= maxLength)
        {
            return Escape(text);
        }

        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return Escape(text[..cut]) + string.Create(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)");
    }

    /// <summary>A writer that escapes everything written to it; only its own line ends (<c>WriteLine</c>) are real line breaks.</summary>
    public static TextWriter Writer(TextWriter inner) => inner is EscapingWriter ? inner : new EscapingWriter(inner);

    private static bool ContainsOther(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x7F && NeedsEscape(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }
    }

    /// <summary>Escapes every character written; <see cref="WriteLine()"/> writes the inner writer's line end.</summary>
    private sealed class EscapingWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (NeedsEscape(value))
            {
                inner.Write(Escape(value.ToString()));
            }
            else
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value) => inner.Write(Escape(value));

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

        public override void WriteLine() => inner.WriteLine();

        public override void WriteLine(string? value)
        {
            Write(value);
            inner.WriteLine();
        }

        public override void WriteLine(ReadOnlySpan<char> buffer)
        {
            Write(buffer);
            inner.WriteLine();
        }

        public override void Flush() => inner.Flush();
    }
}
