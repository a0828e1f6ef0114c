using System.Globalization;

namespace Cchc.Domain.Deadlines;

/// <summary>Why and where a deadline phrase was not read, kept by <see cref="UnrecognizedDeadline.Failure"/>.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Error">Why.</param>
/// <param name="Position">The index (from 0) of the character where reading stopped.</param>
/// <param name="Near">The word at <see cref="Position"/>, as written (empty at the end of the phrase).</param>
public sealed record DeadlineParseFailure(DeadlineParseError Error, int Position, string Near)
{
    /// <summary>In English: "not understood, stopped at character 14: 'abc'".</summary>
    public string Message => string.Create(CultureInfo.InvariantCulture, $"{What(Error)}, stopped at character {Position}: '{Near}'");

    /// <summary>In Vietnamese: "không hiểu được, dừng ở ký tự 14: 'abc'".</summary>
    public string MessageVi => string.Create(CultureInfo.InvariantCulture, $"{WhatVi(Error)}, dừng ở ký tự {Position}: '{Near}'");

    private static string What(DeadlineParseError error) => error switch
    {
        DeadlineParseError.Empty => "empty",
        DeadlineParseError.ImpossibleDate => "a day that does not exist",
        DeadlineParseError.YearOutOfRange => "a year outside 1–9999",
        _ => "not understood",
    };

    private static string WhatVi(DeadlineParseError error) => error switch
    {
        DeadlineParseError.Empty => "trống",
        DeadlineParseError.ImpossibleDate => "ngày không có thật",
        DeadlineParseError.YearOutOfRange => "năm nằm ngoài 1–9999",
        _ => "không hiểu được",
    };
}
