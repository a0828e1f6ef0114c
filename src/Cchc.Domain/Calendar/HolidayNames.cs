namespace Cchc.Domain.Calendar;

/// <summary>The Vietnamese and English names of the holiday occasions.</summary>
public static class HolidayNames
{
    /// <summary>The Vietnamese name of an occasion, as the Labour Code words it.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <returns>For example <c>Tết Nguyên đán</c>.</returns>
    public static string Vietnamese(HolidayOccasion occasion) => occasion switch
    {
        HolidayOccasion.NewYear => "Tết Dương lịch",
        HolidayOccasion.LunarNewYear => "Tết Nguyên đán",
        HolidayOccasion.HungKings => "Giỗ Tổ Hùng Vương",
        HolidayOccasion.ReunificationDay => "Ngày Chiến thắng",
        HolidayOccasion.LabourDay => "Ngày Quốc tế lao động",
        HolidayOccasion.NationalDay => "Quốc khánh",
        _ => "Ngày nghỉ lễ",
    };

    /// <summary>The English name of an occasion.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <returns>For example <c>Lunar New Year (Tết)</c>.</returns>
    public static string English(HolidayOccasion occasion) => occasion switch
    {
        HolidayOccasion.NewYear => "New Year's Day",
        HolidayOccasion.LunarNewYear => "Lunar New Year (Tết)",
        HolidayOccasion.HungKings => "Hung Kings' Commemoration Day",
        HolidayOccasion.ReunificationDay => "Reunification Day",
        HolidayOccasion.LabourDay => "International Labour Day",
        HolidayOccasion.NationalDay => "National Day",
        _ => "Public holiday",
    };
}
