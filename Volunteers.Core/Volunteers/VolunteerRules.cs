using FluentValidation;
using Volunteers.Core.Common;

namespace Volunteers.Core.Volunteers;

/// <summary>The rules every way in (API, public form, import) checks a person against. Uniqueness is the database's job.</summary>
public sealed class VolunteerRules : AbstractValidator<VolunteerInput>
{
    public const int MinimumAge = 14, AdultAge = 18, MaxSkills = 10, MaxSkillLength = 20, MaxWorkplaceLength = 60;

    public VolunteerRules(TimeProvider clock)
    {
        RuleFor(x => x.Name).Must(BeAName).WithMessage(x => NameProblem(x.Name));
        RuleFor(x => x.Gender).Must(g => Genders.All.Contains(g))
            .WithMessage(_ => Text.T("性别须为 male（男）或 female（女）", "Gender must be male or female"));
        RuleFor(x => x.Mobile).Must(m => MobileNumber.Normalize(m) is not null)
            .WithMessage(_ => Text.T("请填写有效的中国大陆手机号码（11 位）", "Enter a valid mainland China mobile number (11 digits)"));
        RuleFor(x => x.IdNumber!).Must(BeAnIdNumber).When(x => !string.IsNullOrWhiteSpace(x.IdNumber))
            .WithMessage(x => IdNumberProblem(x.IdNumber!));
        RuleFor(x => x.Category).Must(c => Categories.All.Contains(c))
            .WithMessage(_ => Text.T("类别须为：" + string.Join("、", Categories.All), "Category must be one of: " + string.Join(", ", Categories.All)));
        RuleFor(x => x.Workplace).IsOptionalText("工作单位或学校", "workplace", MaxWorkplaceLength);
        RuleFor(x => x.Skills).Must(s => s is null || s.Count <= MaxSkills)
            .WithMessage(_ => Text.T($"特长最多填写 {MaxSkills} 项", $"At most {MaxSkills} skills"));
        RuleForEach(x => x.Skills).IsText("每项特长", "skill", MaxSkillLength);
        RuleFor(x => x.LearningPointId).GreaterThan(0).WithMessage(_ => Text.T("请选择学习点", "Choose a learning point"));

        RuleFor(x => x.BirthDate).NotNull().When(x => string.IsNullOrWhiteSpace(x.IdNumber))
            .WithMessage(_ => Text.T("请填写出生日期或身份证号码", "Enter a birth date or an ID number"));
        RuleFor(x => x.BirthDate).Must((x, b) => b == ResidentId.BirthDate(ResidentId.Normalize(x.IdNumber!)))
            .When(x => x.BirthDate is not null && IdIsUsable(x.IdNumber))
            .WithMessage(_ => Text.T("出生日期与身份证号码不一致", "The birth date does not match the ID number"));
        RuleFor(x => x.Gender).Must((x, g) => g == ResidentId.Gender(ResidentId.Normalize(x.IdNumber!)))
            .When(x => Genders.All.Contains(x.Gender) && IdIsUsable(x.IdNumber))
            .WithMessage(_ => Text.T("性别与身份证号码不一致", "The gender does not match the ID number"));
        RuleFor(x => EffectiveBirthDate(x))
            .Must(b => b <= ShanghaiTime.Today(clock))
            .When(x => EffectiveBirthDate(x) is not null)
            .OverridePropertyName(x => x.BirthDate)
            .WithMessage(_ => Text.T("出生日期不能晚于今天", "The birth date cannot be in the future"));
        RuleFor(x => EffectiveBirthDate(x))
            .Must(b => Age(b!.Value, ShanghaiTime.Today(clock)) >= MinimumAge)
            .When(x => EffectiveBirthDate(x) is { } b && b <= ShanghaiTime.Today(clock))
            .OverridePropertyName(x => x.BirthDate)
            .WithMessage(_ => Text.T($"志愿者须年满 {MinimumAge} 周岁", $"Volunteers must be at least {MinimumAge} years old"));

        When(x => EffectiveBirthDate(x) is { } b && Age(b, ShanghaiTime.Today(clock)) is >= MinimumAge and < AdultAge, () =>
        {
            RuleFor(x => x.GuardianName).Must(n => n is not null && BeAName(n))
                .WithMessage(_ => Text.T("未满 18 周岁须填写监护人姓名", "Under 18: enter the guardian's name"));
            RuleFor(x => x.GuardianMobile).Must(m => MobileNumber.Normalize(m) is not null)
                .WithMessage(_ => Text.T("未满 18 周岁须填写监护人的有效手机号码", "Under 18: enter the guardian's valid mobile number"));
        });
        RuleFor(x => x.GuardianName!).Must(BeAName).When(x => !string.IsNullOrWhiteSpace(x.GuardianName))
            .WithMessage(x => NameProblem(x.GuardianName!));
        RuleFor(x => x.GuardianMobile).Must(m => MobileNumber.Normalize(m) is not null).When(x => !string.IsNullOrWhiteSpace(x.GuardianMobile))
            .WithMessage(_ => Text.T("请填写有效的监护人手机号码", "Enter a valid mobile number for the guardian"));
    }

    public static DateOnly? EffectiveBirthDate(VolunteerInput x) =>
        IdIsUsable(x.IdNumber) ? ResidentId.BirthDate(ResidentId.Normalize(x.IdNumber!)) : x.BirthDate;

    public static int Age(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return birth.AddYears(age) > today ? age - 1 : age;
    }

    public static bool BeAName(string? name)
    {
        if (name is null) return false;
        var n = PersonName.Normalize(name);
        var length = TextRules.Length(n);
        return length is >= 1 and <= PersonName.MaxLength && PersonName.FirstDisallowed(n) is null;
    }

    private static string NameProblem(string? name)
    {
        var n = PersonName.Normalize(name ?? "");
        if (n.Length == 0) return Text.T("请填写姓名", "Enter a name");
        if (TextRules.Length(n) > PersonName.MaxLength)
            return Text.T($"姓名最多 {PersonName.MaxLength} 个字", $"A name has at most {PersonName.MaxLength} characters");
        var bad = PersonName.FirstDisallowed(n);
        return Text.T($"姓名只能包含汉字、间隔号“·”、英文字母和空格，不能包含“{bad}”",
            $"A name may contain only Chinese characters, the middle dot, Latin letters and spaces, not \"{bad}\"");
    }

    private static bool IdIsUsable(string? id) => !string.IsNullOrWhiteSpace(id) && BeAnIdNumber(id);

    private static bool BeAnIdNumber(string id)
    {
        var n = ResidentId.Normalize(id);
        return ResidentId.HasValidShape(n) && ResidentId.BirthDate(n) is not null && ResidentId.HasValidCheck(n);
    }

    private static string IdNumberProblem(string id)
    {
        var n = ResidentId.Normalize(id);
        if (!ResidentId.HasValidShape(n))
            return Text.T("身份证号码须为 18 位：17 位数字加 1 位数字或 X", "An ID number has 18 characters: 17 digits and a digit or X");
        if (ResidentId.BirthDate(n) is null)
            return Text.T("身份证号码中的出生日期无效", "The birth date inside the ID number is not a real date");
        return Text.T("身份证号码校验位不正确，请核对", "The ID number's check digit is wrong; please check it");
    }
}
