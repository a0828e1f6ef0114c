namespace Cchc.Domain.Deadlines;

/// <summary>Why a deadline phrase was not read (<see cref="DeadlineParseResult.Error"/>).</summary>
public enum DeadlineParseError
{
    /// <summary>The phrase was read: no error.</summary>
    None = 0,

    /// <summary>The phrase is null, empty, or only white space and punctuation.</summary>
    Empty = 1,

    /// <summary>The words do not make a deadline the grammar knows ("Sớm nhất có thể", "Quý V").</summary>
    NotUnderstood = 2,

    /// <summary>A day that does not exist ("30/02/2022", "29/2/2025").</summary>
    ImpossibleDate = 3,

    /// <summary>The plan year or a year the phrase names is outside the supported years (1–9999), or a report would fall after 9999.</summary>
    YearOutOfRange = 4,
}
