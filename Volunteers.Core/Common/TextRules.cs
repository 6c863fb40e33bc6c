using FluentValidation;

namespace Volunteers.Core.Common;

/// <summary>The one rule for free text typed into a field: trimmed, counted as a person counts characters, with one wording.</summary>
public static class TextRules
{
    /// <summary>Characters as a reader counts them: 𠮷, outside the BMP, is one character, not two UTF-16 units.</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    public static bool Fits(string? text, int min, int max) =>
        text is null ? min == 0 : Length(text.Trim()) is var n && n >= min && n <= max && (min == 0 || !string.IsNullOrWhiteSpace(text));

    /// <summary>Text that must be given: <paramref name="min"/>–<paramref name="max"/> characters after trimming.</summary>
    public static IRuleBuilderOptions<T, string?> IsText<T>(this IRuleBuilder<T, string?> rule, string chinese, string english, int max, int min = 1) =>
        rule.Must(s => Fits(s, min, max))
            .WithMessage(_ => Text.T($"{chinese}须为 {min}–{max} 个字", $"The {english} has {min}–{max} characters"));

    /// <summary>Text that may be left out, and is at most <paramref name="max"/> characters when given.</summary>
    public static IRuleBuilderOptions<T, string?> IsOptionalText<T>(this IRuleBuilder<T, string?> rule, string chinese, string english, int max) =>
        rule.Must(s => Fits(s, 0, max))
            .WithMessage(_ => Text.T($"{chinese}最多 {max} 个字", $"The {english} has at most {max} characters"));
}
