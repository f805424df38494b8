"""Country names, folded: a single-token mention that is a country is a place, whatever NER said.

NER models trained on news often label "Jordan", "Chad" or "Georgia" as a PERSON; the resolver
still lets such a token be a person when the article names a person who carries it.
"""

from __future__ import annotations

from typing import Final

_COUNTRIES: Final = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros
congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia
eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway oman
pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia somaliland spain
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia
turkey turkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam
yemen zambia zimbabwe gaza kurdistan crimea donbas xinjiang tibet darfur sinai
"""

#: Folded names of countries and a few much-reported territories.
COUNTRY_KEYS: Final = frozenset(_COUNTRIES.split())
