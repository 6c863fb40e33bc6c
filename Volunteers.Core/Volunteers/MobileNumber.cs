using PhoneNumbers;

namespace Volunteers.Core.Volunteers;

/// <summary>Mainland mobile numbers, checked against libphonenumber's numbering plan and kept as the 11 national digits.</summary>
public static class MobileNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 20) return null;
        // libphonenumber reads letters as keypad digits; a person's mobile never has them.
        if (value.Any(ch => !(char.IsAsciiDigit(ch) || ch is ' ' or '-' or '+'))) return null;
        try
        {
            var number = Util.Parse(value, "CN");
            if (number.CountryCode != 86 || !Util.IsValidNumberForRegion(number, "CN")) return null;
            return Util.GetNumberType(number) is PhoneNumberType.MOBILE ? number.NationalNumber.ToString() : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public static string Mask(string? mobile) => mobile is { Length: 11 } ? mobile[..3] + "****" + mobile[7..] : "";
}
