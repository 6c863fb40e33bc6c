using FluentValidation;
using Volunteers.Core.Common;

namespace Volunteers.Api.Setup;

/// <summary>Rules several requests share, with one wording.</summary>
public static class CommonRules
{
    public const int FirstYear = 2000, LastYear = 2100;

    public static IRuleBuilderOptions<T, int> IsProgrammeYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(FirstYear, LastYear).WithMessage(_ => YearMessage());

    /// <summary>An absent year is allowed (it means this year); a given one must be in range.</summary>
    public static IRuleBuilderOptions<T, int?> IsProgrammeYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(y => y is null or >= FirstYear and <= LastYear).WithMessage(_ => YearMessage());

    private static string YearMessage() => Text.T($"年份须在 {FirstYear}–{LastYear} 之间", $"The year is {FirstYear}–{LastYear}");
}
