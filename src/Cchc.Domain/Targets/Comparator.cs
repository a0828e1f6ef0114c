namespace Cchc.Domain.Targets;

/// <summary>How a numeric target compares the actual value with its value.</summary>
public enum Comparator
{
    /// <summary>At least (≥): "tối thiểu", "ít nhất", "từ … trở lên", "đạt".</summary>
    AtLeast = 0,

    /// <summary>More than (&gt;): "trên".</summary>
    MoreThan = 1,

    /// <summary>Exactly (=): a bare "100%".</summary>
    Exactly = 2,

    /// <summary>At most (≤): "tối đa", "không quá", "nằm trong TOP".</summary>
    AtMost = 3,

    /// <summary>Less than (&lt;): "dưới".</summary>
    LessThan = 4,

    /// <summary>Between two values, both included: "07-09", "0,5-1".</summary>
    Between = 5,
}
