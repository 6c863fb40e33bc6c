using System.Globalization;

namespace Volunteers.Core.Common;

/// <summary>Picks the Chinese or the English wording for the current request's culture.</summary>
public static class Text
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string chinese, string english) => English ? english : chinese;
}
