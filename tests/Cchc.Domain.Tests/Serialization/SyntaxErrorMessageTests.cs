using System.Text;
using Cchc.Domain.Serialization;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;
using Cchc.Domain.Json;

namespace Cchc.Domain.Tests.Serialization;

/// <summary>Text that is not JSON is explained in Vietnamese too (CCHC1001): System.Text.Json's English never stands in the Vietnamese message.</summary>
public sealed class SyntaxErrorMessageTests
{
    /// <summary>Words of System.Text.Json's English messages.</summary>
    private static readonly string[] LibraryEnglish = ["Expected", "invalid", "payload", "token", "depth", "reader", "The JSON"];

    [Theory]
    [InlineData("", 1, 1, "tài liệu rỗng: không có giá trị JSON nào", "the document is empty")]
    [InlineData("  \n ", 2, 2, "tài liệu rỗng: không có giá trị JSON nào", "the document is empty")]
    [InlineData("{\"a\": [1, 2", 1, 12, "tài liệu kết thúc khi chưa hoàn chỉnh", "")]
    [InlineData("{\"a\": [1,2,],}", 1, 12, "dấu phẩy thừa trước ']'", "trailing comma")]
    [InlineData("{\"a\": 1 // c\n}", 1, 9, "JSON không cho phép chú thích", "")]
    [InlineData("{'a': 1}", 1, 2, "dấu nháy kép", "")]
    [InlineData("{\"a\": xấu}", 1, 7, "ký tự 'x' không thể đứng ở đây", "'x' is an invalid start of a value")]
    [InlineData("{\"tên\": 1 ế}", 1, 11, "ký tự 'ế' không thể đứng ở đây", "")]
    [InlineData("{\"a\": 1} {}", 1, 10, "còn nội dung sau khi tài liệu đã kết thúc", "after a single JSON value")]
    [InlineData("{\"a\": \u0001}", 1, 7, "ký tự 'U+0001' không thể đứng ở đây", "")]
    public void Each_syntax_error_is_told_in_vietnamese_at_its_position(string json, int line, int column, string vietnamese, string english)
    {
        var diagnostic = Assert.Single(PlanJson.Read(json).Diagnostics);

        Assert.Equal("CCHC1001", diagnostic.Code);
        Assert.Equal(new SourcePosition(line, column), diagnostic.Position);
        Assert.Contains(vietnamese, diagnostic.MessageVi, StringComparison.Ordinal);
        Assert.Contains(english, diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.All(LibraryEnglish, word => Assert.DoesNotContain(word, diagnostic.MessageVi, StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_told_with_the_limit()
    {
        var json = new string('[', 70) + new string(']', 70);

        var diagnostic = Assert.Single(PlanJson.Read(json).Diagnostics);

        Assert.Equal("CCHC1001", diagnostic.Code);
        Assert.EndsWith("các đối tượng và mảng lồng nhau quá 64 cấp", diagnostic.MessageVi, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(1, 65), diagnostic.Position);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0, (byte)'}', 0 }, "hãy lưu tệp dưới dạng UTF-8", "save the file as UTF-8")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{', 0, (byte)'}' }, "hãy lưu tệp dưới dạng UTF-8", "save the file as UTF-8")]
    [InlineData(new byte[] { (byte)'{', 0xC3, (byte)'}' }, "các byte không phải UTF-8 hợp lệ", "the bytes are not valid UTF-8")]
    public void Text_that_is_not_utf8_says_so_and_utf16_says_how_to_fix_it(byte[] bytes, string vietnamese, string english)
    {
        var diagnostic = Assert.Single(PlanJson.Read(bytes).Diagnostics);

        Assert.Equal("CCHC1001", diagnostic.Code);
        Assert.Contains(vietnamese, diagnostic.MessageVi, StringComparison.Ordinal);
        Assert.Contains(english, diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_told_in_vietnamese()
    {
        var diagnostic = Assert.Single(PlanJson.Read(Encoding.UTF8.GetBytes("{\"a\": \"\\ud800\"}")).Diagnostics);

        Assert.Equal("CCHC1001", diagnostic.Code);
        Assert.Contains("cặp thay thế", diagnostic.MessageVi, StringComparison.Ordinal);
    }
}
