namespace TalkDsl.Generators.Models;

/// <summary>Which attribute marks a member.</summary>
internal enum MemberKind
{
    Talk,
    Part,
}

/// <summary>Why a <c>[Talk]</c>/<c>[TalkPart]</c> declaration is refused (TALK013).</summary>
internal enum DeclarationProblem
{
    None,
    NotStatic,
    HasParameters,
    WrongReturnType,
    GenericType,
    NotPartial,
    SecondTalk,
}

/// <summary>
/// A <c>[Talk]</c> or <c>[TalkPart]</c> member as the generator sees it. <see cref="Key"/> is the member's
/// documentation id (<c>P:Ns.Type.Member</c>): the stable key that joins an <c>Include(...)</c> to its part
/// without holding a symbol. <see cref="Chain"/> is null when the declaration is refused.
/// </summary>
internal sealed record MemberInfo(
    MemberKind Kind,
    string Key,
    string MemberName,
    bool IsProperty,
    ContainingTypeInfo Type,
    DeclarationProblem Problem,
    ChainInfo? Chain);
