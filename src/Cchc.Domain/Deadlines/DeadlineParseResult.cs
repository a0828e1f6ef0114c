using System.Globalization;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// The outcome of <see cref="Deadline.Parse(string?, int)"/>, in the spirit of NodaTime's <c>ParseResult&lt;T&gt;</c>:
/// the deadline on success; otherwise why (<see cref="Error"/>), where reading stopped (<see cref="Position"/>) and a
/// message in English and Vietnamese.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeadlineParseResult
{
    private readonly Deadline? _value;

    private DeadlineParseResult(Deadline? value, DeadlineParseError error, int position, string? text)
    {
        _value = value;
        Error = error;
        Position = position;
        Text = text;
    }

    /// <summary>Whether the phrase was read.</summary>
    public bool Success => _value is not null;

    /// <summary>The deadline, whose <see cref="Deadline.Text"/> is the phrase.</summary>
    /// <exception cref="InvalidOperationException">The phrase was not read (<see cref="Success"/> is false).</exception>
    public Deadline Value => _value ?? throw new InvalidOperationException(Message);

    /// <summary>Why the phrase was not read; <see cref="DeadlineParseError.None"/> on success.</summary>
    public DeadlineParseError Error { get; }

    /// <summary>The index (from 0) of the character of the phrase where reading stopped; the phrase's length when it stopped at the end; 0 on success.</summary>
    public int Position { get; }

    /// <summary>The phrase as given (null for a null phrase).</summary>
    public string? Text { get; }

    /// <summary>The word (or character) of the phrase at <see cref="Position"/>, at most 20 characters; empty at the end.</summary>
    public string Near => Text is null || Position >= Text.Length ? string.Empty : NearText(Text, Position);

    /// <summary>The failure as a value, for <see cref="UnrecognizedDeadline.Failure"/>; <see langword="null"/> on success.</summary>
    public DeadlineParseFailure? Failure => Success ? null : new DeadlineParseFailure(Error, Position, Near);

    /// <summary>What went wrong, in English ("stopped at character 14: 'abc'").</summary>
    public string Message => Failure?.Message ?? "The phrase was read.";

    /// <summary>What went wrong, in Vietnamese ("dừng ở ký tự 14: 'abc'").</summary>
    public string MessageVi => Failure?.MessageVi ?? "Đã đọc được thời hạn.";

    /// <summary>The deadline when read, otherwise an <see cref="UnrecognizedDeadline"/> of the phrase that keeps the failure.</summary>
    /// <returns>The deadline; never null.</returns>
    public Deadline ToDeadline() => _value ?? new UnrecognizedDeadline(Text ?? string.Empty) { Failure = Failure };

    /// <inheritdoc />
    public override string ToString() => Success ? string.Create(CultureInfo.InvariantCulture, $"Success: {_value}") : Message;

    internal static DeadlineParseResult ForValue(Deadline value) => new(value, DeadlineParseError.None, 0, value.Text);

    internal static DeadlineParseResult ForError(DeadlineParseError error, int position, string? text) => new(null, error, position, text);

    private static string NearText(string text, int position)
    {
        var end = position;
        while (end < text.Length && end - position < 20 && (end == position || !char.IsWhiteSpace(text[end])))
        {
            end++;
        }

        if (end < text.Length && char.IsLowSurrogate(text[end]) && end > position && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }

        return text[position..end];
    }
}
