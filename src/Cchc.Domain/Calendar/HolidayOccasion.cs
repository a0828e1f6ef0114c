namespace Cchc.Domain.Calendar;

/// <summary>The occasion (dịp lễ) a day off belongs to.</summary>
public enum HolidayOccasion
{
    /// <summary>Tết Dương lịch, 1 January.</summary>
    NewYear = 0,

    /// <summary>Tết Âm lịch (Tết Nguyên đán), around lunar 1/1.</summary>
    LunarNewYear = 1,

    /// <summary>Giỗ Tổ Hùng Vương, lunar 10/3.</summary>
    HungKings = 2,

    /// <summary>Ngày Chiến thắng (Reunification Day), 30 April.</summary>
    ReunificationDay = 3,

    /// <summary>Ngày Quốc tế lao động, 1 May.</summary>
    LabourDay = 4,

    /// <summary>Quốc khánh, 2 September (and, from 2021, one adjacent day).</summary>
    NationalDay = 5,

    /// <summary>Another holiday named by an official schedule (for example a holiday added by a future law).</summary>
    Other = 6,
}
