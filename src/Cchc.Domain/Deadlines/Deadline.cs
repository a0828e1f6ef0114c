using System.Diagnostics.CodeAnalysis;
using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// When something is due, as a closed set of kinds. <see cref="Text"/> keeps the Vietnamese phrase
/// exactly as the plan writes it ("Quý I", "Trước ngày 05/12/2021"); the kind is its meaning.
/// </summary>
/// <remarks>
/// The kinds: a day (<see cref="OnDateDeadline"/>), a limit (<see cref="ByDateDeadline"/> "trước ngày X",
/// <see cref="NoLaterThanDeadline"/> "chậm nhất ngày X"), a period (<see cref="MonthDeadline"/>,
/// <see cref="QuarterDeadline"/>, <see cref="HalfYearDeadline"/>, <see cref="NineMonthsDeadline"/>,
/// <see cref="YearDeadline"/>), a time after an event (<see cref="WorkingDaysAfterEventDeadline"/>,
/// <see cref="DaysAfterEventDeadline"/>), a time set elsewhere (<see cref="DirectedDeadline"/>,
/// <see cref="PerDocumentDeadline"/>), several parts (<see cref="RecurringReportDeadline"/>,
/// <see cref="LabelledPartsDeadline"/>) and <see cref="UnrecognizedDeadline"/>. See docs/deadlines.md.
/// </remarks>
/// <threadsafety>Every kind is immutable and thread-safe.</threadsafety>
public abstract record Deadline
{
    private protected Deadline()
    {
    }

    private string? _text;

    /// <summary>The phrase as written, or <see langword="null"/> for a deadline built in code.</summary>
    public string? Text { get => _text; init => _text = value; }

    /// <summary>
    /// The calendar days the deadline names, from the first day of its earliest part to the last day of its
    /// latest; <see langword="null"/> when it names none (event or direction driven, not understood) or a part is out of range.
    /// </summary>
    public abstract DateInterval? Span { get; }

    /// <summary>Reads a Vietnamese deadline phrase (the grammar is in docs/deadlines.md); never throws.</summary>
    /// <param name="vietnameseText">The phrase, in any case, with or without diacritics.</param>
    /// <param name="planYear">The plan's year, for phrases that leave the year out ("Quý I", "Trước 30/11").</param>
    /// <param name="deadline">The deadline, with <see cref="Text"/> set to the phrase; <see langword="null"/> when not understood.</param>
    /// <returns>Whether the phrase was understood; <see langword="false"/> for null or blank text, an impossible day, or a plan year outside 1–9999.</returns>
    /// <remarks>The convenience form of <see cref="Parse(string?, int)"/>, which also says why a phrase was not read.</remarks>
    public static bool TryParse(string? vietnameseText, int planYear, [NotNullWhen(true)] out Deadline? deadline)
    {
        deadline = DeadlineReader.Read(vietnameseText, planYear, out _, out _);
        return deadline is not null;
    }

    /// <summary>Reads a Vietnamese deadline phrase (the grammar is in docs/deadlines.md) in time linear in its length; never throws.</summary>
    /// <param name="vietnameseText">The phrase, in any case, with or without diacritics, NFC or NFD.</param>
    /// <param name="planYear">The plan's year, for phrases that leave the year out ("Quý I", "Trước 30/11").</param>
    /// <returns>The deadline, or why and where reading stopped (<see cref="DeadlineParseResult.Error"/>, <see cref="DeadlineParseResult.Position"/>).</returns>
    public static DeadlineParseResult Parse(string? vietnameseText, int planYear)
    {
        var deadline = DeadlineReader.Read(vietnameseText, planYear, out var error, out var position);
        return deadline is not null ? DeadlineParseResult.ForValue(deadline) : DeadlineParseResult.ForError(error, position, vietnameseText);
    }

    /// <summary>The latest on-time date of each part, in the order of the parts; empty when the deadline depends on an event or a direction.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The due dates, read with <see cref="DeadlineOptions.Default"/>.</returns>
    public IReadOnlyList<LocalDate> DueDates(WorkingCalendar calendar) => DueDates(calendar, DeadlineOptions.Default);

    /// <summary>The latest on-time date of each part, in the order of the parts; empty when the deadline depends on an event or a direction.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="options">How to read "trước ngày X" and limits that fall on a day off.</param>
    /// <returns>The due dates.</returns>
    public IReadOnlyList<LocalDate> DueDates(WorkingCalendar calendar, DeadlineOptions options) =>
        [.. Resolve(calendar, options).Select(d => d.Date)];

    /// <summary>Each part's due date with the limit it comes from and the part it belongs to.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="options">How to read "trước ngày X" and limits that fall on a day off; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</param>
    /// <returns>The resolved due dates, in the order of the parts; empty when event or direction driven.</returns>
    /// <remarks>Outside the calendar's range (2000–2199) no day is known to be off, so limits are returned as stated.</remarks>
    public IReadOnlyList<ResolvedDueDate> Resolve(WorkingCalendar calendar, DeadlineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var parts = new List<ResolvedDueDate>();
        AddDueDates(parts, calendar, options ?? DeadlineOptions.Default, label: null);
        return parts.AsReadOnly();
    }

    /// <summary>Adds this deadline's due dates to <paramref name="parts"/>.</summary>
    private protected abstract void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label);

    /// <summary>Sets <see cref="Text"/> on a deadline the parser has just made, before anyone else sees it (no copy).</summary>
    internal void SetText(string? text) => _text = text;

    internal void AddDueDatesTo(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label) =>
        AddDueDates(parts, calendar, options, label);
}
