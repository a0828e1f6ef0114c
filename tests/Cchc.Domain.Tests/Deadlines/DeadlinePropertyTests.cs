using System.Globalization;
using System.Text;
using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using FsCheck;
using FsCheck.Fluent;

namespace Cchc.Domain.Tests.Deadlines;

/// <summary>TryParse never throws, over arbitrary strings and over shuffled pieces of real phrases.</summary>
public sealed class DeadlinePropertyTests
{
    private static readonly string[] Pieces =
    [
        "Trước", "ngày", "05/12/2021", "30/11", "Quý", "I", "III", "IV", "năm", "2022", "Cả", "6 tháng", "đầu", "cuối", "(", ")", ";", "-",
        "Kế hoạch", "Báo cáo", "Theo chỉ đạo của", "UBND tỉnh", "Chậm nhất sau", "05", "ngày làm việc", "kể từ", "nhận được", ":", ",",
        "tháng", "12", "31/02", "٣", "\u0301", "\ud800", " ", "\n", "Đ", "9 tháng", "chậm nhất", "Theo thời hạn của", "99999999999",
    ];

    [Fact]
    public void TryParse_never_throws_on_arbitrary_strings()
    {
        PropertyCheck.ForAll(ArbMap.Default.ArbFor<string>(), text => Consistent(text, 2021), maxTest: 1000);
    }

    [Fact]
    public void TryParse_never_throws_on_shuffled_pieces_of_real_phrases_and_what_it_reads_resolves()
    {
        var phrases = Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Join(' ', parts));
        var years = Gen.Choose(-5, 10_005);
        PropertyCheck.ForAll(phrases.SelectMany(p => years.Select(y => (p, y))), x => Consistent(x.p, x.y), maxTest: 1000);
    }

    [Fact]
    public void Seed_phrases_written_in_another_case_without_diacritics_decomposed_or_spaced_out_give_the_same_due_dates()
    {
        var seeds = SeedDeadlineTests.Phrases.Select(row => ((string)row[0], (int)row[1])).ToArray();
        Func<string, string>[] rewrites =
        [
            p => p.ToUpperInvariant(),
            p => p.ToLowerInvariant(),
            p => p.Normalize(NormalizationForm.FormD),
            WithoutDiacritics,
            p => "  " + p.Replace(" ", "   ", StringComparison.Ordinal) + " \t",
        ];
        var cases = Gen.Elements(seeds).SelectMany(seed => Gen.SubListOf(rewrites).Select(chosen => (seed, chosen)));

        PropertyCheck.ForAll(cases, x =>
        {
            var (phrase, year) = x.seed;
            var variant = x.chosen.Aggregate(phrase, (text, rewrite) => rewrite(text));
            Assert.True(Deadline.TryParse(phrase, year, out var original));
            Assert.True(Deadline.TryParse(variant, year, out var read), variant);
            Assert.Equal(original.GetType(), read.GetType());
            Assert.Equal(original.DueDates(WorkingCalendar.Default), read.DueDates(WorkingCalendar.Default));
        });
    }

    [Fact]
    public void TryParse_never_throws_on_seed_phrases_with_characters_deleted_inserted_or_replaced()
    {
        var seeds = SeedDeadlineTests.Phrases.Select(row => (string)row[0]).ToArray();
        var edit = Gen.Choose(0, 2).SelectMany(op => Gen.Choose(0, 200).SelectMany(at => Gen.Elements("0", "9", "/", " ", "\u0301", "\ud800", "Đ", ";", "(", "3", "1", "I", "V").Select(c => (op, at, c))));
        var mutated = Gen.Elements(seeds).SelectMany(seed => Gen.ListOf(edit).Select(edits => edits.Aggregate(seed, Mutate)));

        PropertyCheck.ForAll(mutated, text => Consistent(text, 2021), maxTest: 1000);
    }

    private static string Mutate(string text, (int Op, int At, string Text) edit)
    {
        var at = text.Length == 0 ? 0 : edit.At % (text.Length + 1);
        return edit.Op switch
        {
            0 when at < text.Length => text.Remove(at, 1),
            1 => text.Insert(at, edit.Text),
            _ when at < text.Length => text.Remove(at, 1).Insert(at, edit.Text),
            _ => text + edit.Text,
        };
    }

    private static string WithoutDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Concat(decomposed).Replace('đ', 'd').Replace('Đ', 'D');
    }

    private static bool Consistent(string? text, int year)
    {
        if (!Deadline.TryParse(text, year, out var deadline))
        {
            return deadline is null;
        }

        _ = deadline.Resolve(WorkingCalendar.Default);
        return string.Equals(deadline.Text, text, StringComparison.Ordinal) && deadline is not UnrecognizedDeadline;
    }
}
