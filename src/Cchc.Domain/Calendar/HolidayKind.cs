namespace Cchc.Domain.Calendar;

/// <summary>Why a <see cref="PublicHoliday"/> is a day off.</summary>
public enum HolidayKind
{
    /// <summary>A holiday of the Labour Code (Bộ luật Lao động 2019, Điều 112; earlier codes before 2021).</summary>
    Statutory = 0,

    /// <summary>Nghỉ bù: a working day given off because a statutory holiday fell on a weekly rest day (BLLĐ 2019, Điều 111 khoản 3).</summary>
    Compensatory = 1,

    /// <summary>Hoán đổi ngày làm việc: a bridge day given off in exchange for a Saturday worked (làm bù), by the year's official schedule.</summary>
    Swap = 2,
}
