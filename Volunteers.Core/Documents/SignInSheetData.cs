using Volunteers.Core.Activities;

namespace Volunteers.Core.Documents;

/// <summary>
/// One person on the printed sign-in sheet. The mobile is masked before it gets here: the sheet lies on a table at the
/// activity for everyone to write on.
/// </summary>
public sealed record SignInSheetEntry(string Name, string VolunteerNo, string MaskedMobile);

/// <summary>签到表: an activity's confirmed volunteers, to sign in, out and by hand on paper.</summary>
public sealed record SignInSheetData(string Town, Activity Activity, string LearningPoint, IReadOnlyList<SignInSheetEntry> Entries);
