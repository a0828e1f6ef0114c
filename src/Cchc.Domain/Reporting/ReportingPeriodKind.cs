namespace Cchc.Domain.Reporting;

/// <summary>The period a report covers (kỳ báo cáo).</summary>
public enum ReportingPeriodKind
{
    /// <summary>A month.</summary>
    Month = 0,

    /// <summary>The first quarter (quý I).</summary>
    Quarter1 = 1,

    /// <summary>The second quarter (quý II).</summary>
    Quarter2 = 2,

    /// <summary>The third quarter (quý III).</summary>
    Quarter3 = 3,

    /// <summary>The fourth quarter (quý IV).</summary>
    Quarter4 = 4,

    /// <summary>The first six months (6 tháng đầu năm).</summary>
    FirstSixMonths = 5,

    /// <summary>The first nine months (9 tháng).</summary>
    NineMonths = 6,

    /// <summary>The year (báo cáo năm).</summary>
    Year = 7,

    /// <summary>On request (đột xuất).</summary>
    AdHoc = 8,

    /// <summary>The last six months (6 tháng cuối năm).</summary>
    SecondSixMonths = 9,
}
