using Volunteers.Core.Town;

namespace Volunteers.Core.Registration;

/// <summary>Who answers for the volunteers' personal data (Volunteers:Privacy), as the privacy notice names them.</summary>
public sealed record PrivacySettings(string? Office = null, string? Contact = null);

/// <summary>The notice as it reads now: the wording of <see cref="Consent"/> with the town and its office filled in.</summary>
public sealed class ConsentQueries(TownQueries town, PrivacySettings privacy)
{
    /// <summary>The notice of a town's registration form: the one named, or the district's only town.</summary>
    public (string Version, string Text, long TownId) Current(long? townId)
    {
        var settings = town.Get(null, townId);
        return (Consent.Version, Consent.Text(settings.Name, privacy), settings.Id);
    }
}

/// <summary>
/// The privacy notice a person agrees to when registering themself. A changed wording gets a new version: each registration
/// keeps the version it agreed to, and a form still showing an older notice is refused. The town's name and its office's
/// contact are filled in from settings: a new telephone number changes nothing a person agreed to, so it is no new version.
/// </summary>
public static class Consent
{
    /// <summary>v2 names the office to contact and says how long the data are kept; v1 consents stay as they were given.</summary>
    public const string Version = "2026-12-v2";

    public static string Text(string town, PrivacySettings privacy)
    {
        var office = string.IsNullOrWhiteSpace(privacy.Office) ? null : privacy.Office.Trim();
        var contact = string.IsNullOrWhiteSpace(privacy.Contact) ? null : privacy.Contact.Trim();
        var chineseOffice = office ?? town + "社区教育学校";
        var englishOffice = office ?? "the community-education school of " + town;
        return Common.Text.T(
            string.Format(Chinese, town, contact is null ? chineseOffice : $"{chineseOffice}（{contact}）"),
            string.Format(English, town, contact is null ? englishOffice : $"{englishOffice} ({contact})"));
    }

    private const string Chinese = """
        {0}社区教育志愿者登记 · 个人信息说明

        我们收集哪些信息：姓名、性别、手机号码、出生日期、身份证号码（选填）、志愿者类别、工作单位或学校、特长、您选择的学习点；未满 18 周岁的，还有监护人的姓名和手机号码。

        为什么收集：用于办理志愿者登记、联系您参加社区教育活动、记录志愿服务时长，以及统计全镇志愿者的人数和服务情况。这些信息不作其他用途，不出售，也不提供给无关的单位和个人。

        谁能看到：您选择的学习点的负责人（学习点主任、联络员）和{0}社区教育办公室的工作人员。身份证号码加密保存，平时只显示部分号码（例如 500110********002X）；名单和表格中的手机号码也只显示部分号码。

        如何退出：您可以随时联系所在学习点，申请退出志愿者队伍。退出后，您的登记不再使用；您还可以要求删除个人信息（注销）。

        保存多久：您的信息保存到您申请删除为止，不会到某个期限自动删除；退出后仍保存，但不再使用。删除时，姓名、手机号码、身份证号码、出生日期、工作单位、特长和监护人信息被清除，只保留不含个人信息的志愿者编号、性别、类别、学习点和服务时长合计，用于历年统计；删除之前制作的数据备份仍含有这些信息，直到备份被销毁。

        联系我们：查询、更正或删除您的个人信息，或对本说明有疑问，请联系{1}，也可以联系您所在的学习点。

        未满 18 周岁的，请在监护人同意后填写。
        """;

    private const string English = """
        Community-education volunteers of {0} · How we use your personal information

        What we collect: your name, gender, mobile number, birth date, resident ID number (optional), volunteer category, workplace or school, skills and the learning point you choose; for anyone under 18, also a guardian's name and mobile number.

        Why: to register you as a volunteer, contact you about community-education activities, record your service hours, and count the town's volunteers and their service. It is used for nothing else, never sold, and not given to unrelated organisations or people.

        Who sees it: the coordinator of the learning point you choose and the staff of the community-education office of {0}. ID numbers are stored encrypted and shown only in part (e.g. 500110********002X); lists and spreadsheets show mobile numbers only in part too.

        How to withdraw: contact your learning point at any time to leave the volunteer team. Your registration is then no longer used, and you may ask for your personal data to be erased.

        How long it is kept: until you ask for it to be erased; nothing is deleted automatically after a set time, and after you withdraw it is kept but no longer used. Erasure wipes your name, mobile, ID number, birth date, workplace, skills and guardian; only your volunteer number, gender, category, learning point and total service hours remain, with nothing personal, for past years' statistics. Backups made before the erasure still hold the data until they are destroyed.

        Contact: to see, correct or erase your personal data, or with questions about this notice, contact {1}, or your learning point.

        If you are under 18, fill this in with your guardian's agreement.
        """;
}
