using Cchc.Domain.Calendar;
using Cchc.Domain.Calendar.Schedules;
using Cchc.Domain.Validation;
using NodaTime;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Tests.Calendar;

public sealed class OfficialScheduleJsonTests
{
    private const string Example2027 = """
        {
          "schemaVersion": "1.0",
          "schedules": [
            {
              "year": 2027,
              "source": "Thông báo (giả định) về lịch nghỉ Tết Đinh Mùi 2027",
              "holidays": [
                {
                  "occasion": "lunarNewYear",
                  "days": ["2027-02-04", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"],
                  "compensatoryDays": ["2027-02-09", "2027-02-10"]
                }
              ],
              "swaps": [ { "dayOff": "2027-02-11", "workedOn": "2027-02-20", "occasion": "lunarNewYear" } ]
            }
          ]
        }
        """;

    [Fact]
    public void The_built_in_schedules_read_without_diagnostics()
    {
        var result = BuiltInSchedules.Read();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Enumerable.Range(2020, 7), result.Schedules.Select(s => s.Year));
        Assert.All(result.Schedules, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
    }

    [Fact]
    public void A_schedule_read_from_json_registers_on_the_calendar()
    {
        var result = OfficialScheduleJson.Read(Example2027);
        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
        var calendar = WorkingCalendar.Default.With(result.Schedules);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2027, 2, 11)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 2, 20)));
        Assert.True(WorkingCalendar.Default.IsWorkingDay(new LocalDate(2027, 2, 11)));
    }

    [Fact]
    public void Write_then_read_gives_the_same_schedules()
    {
        var schedules = WorkingCalendar.Default.OfficialSchedules;
        var json = OfficialScheduleJson.Write(schedules);
        var result = OfficialScheduleJson.Read(json);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(schedules, result.Schedules);
    }

    [Fact]
    public void Stream_and_bytes_overloads_agree()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Example2027);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(OfficialScheduleJson.Read(bytes).Schedules, OfficialScheduleJson.Read(stream).Schedules);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"swaps":[{"dayOff":"2027-09-01","workedOn":"2027-09-08"}]}]}""", "CCHC3005", "/schedules/0/swaps/0/workedOn")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"swaps":[{"dayOff":"2027-09-04","workedOn":"2027-09-11"}]}]}""", "CCHC3006", "/schedules/0/swaps/0/dayOff")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":1999,"holidays":[]}]}""", "CCHC3001", "/schedules/0/year")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"newYear","days":["2028-03-01"]}]}]}""", "CCHC3002", "/schedules/0/holidays/0/days/0")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"newYear","days":["2027-01-01"]},{"occasion":"newYear","days":["2027-01-02"]}]}]}""", "CCHC3004", "/schedules/0/holidays/1/occasion")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"labourDay","days":[]}]}]}""", "CCHC3007", "/schedules/0/holidays/0/days")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"labourDay","days":["2027-05-01"],"compensatoryDays":["2027-05-01"]}]}]}""", "CCHC3008", "/schedules/0/holidays/0/compensatoryDays/0")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"other","days":["2027-11-24"]}]}]}""", "CCHC3009", "/schedules/0/holidays/0")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"newYear"}]}]}""", "CCHC1003", "/schedules/0/holidays/0")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"christmas","days":["2027-12-25"]}]}]}""", "CCHC1008", "/schedules/0/holidays/0/occasion")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"newYear","days":["2027-02-30"]}]}]}""", "CCHC1007", "/schedules/0/holidays/0/days/0")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"extra":1}]}""", "CCHC1004", "/schedules/0/extra")]
    [InlineData("""{"schemaVersion":"2.0","schedules":[]}""", "CCHC1011", "/schemaVersion")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[""", "CCHC1001", "")]
    public void Bad_documents_give_errors_with_pointers(string json, string code, string path)
    {
        var result = OfficialScheduleJson.Read(json);
        Assert.False(result.IsValid);
        Assert.Empty(result.Schedules);
        Assert.Contains(result.Diagnostics, d => string.Equals(d.Code, code, StringComparison.Ordinal) && string.Equals(d.Path, path, StringComparison.Ordinal) && d.IsError);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"lunarNewYear","days":["2027-02-05","2027-02-06"]}]}]}""", "CCHC3010")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027,"holidays":[{"occasion":"newYear","days":["2027-01-01"],"compensatoryDays":["2027-01-02"]}]}]}""", "CCHC3011")]
    [InlineData("""{"schemaVersion":"1.0","schedules":[{"year":2027},{"year":2027}]}""", "CCHC3003")]
    [InlineData("""{"schemaVersion":"1.1","schedules":[{"year":2027}]}""", "CCHC1013")]
    public void Questionable_documents_give_warnings_and_stay_valid(string json, string code)
    {
        var result = OfficialScheduleJson.Read(json);
        Assert.True(result.IsValid);
        Assert.NotEmpty(result.Schedules);
        Assert.Contains(result.Diagnostics, d => string.Equals(d.Code, code, StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Messages_exist_in_both_languages()
    {
        var result = OfficialScheduleJson.Read("""{"schemaVersion":"1.0","schedules":[{"year":2027,"swaps":[{"dayOff":"2027-09-01","workedOn":"2027-09-08"}]}]}""");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("Wednesday", diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.Contains("thứ Tư", diagnostic.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_lists_every_calendar_code_once()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(3001, 11).Select(i => $"CCHC{i}").ToList(), CalendarDiagnostics.All.Select(d => d.Code).ToList());
        Assert.All(CalendarDiagnostics.All, d => Assert.NotNull(DiagnosticCatalog.Find(d.Code)));
    }
}
