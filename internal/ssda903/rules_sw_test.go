package ssda903

// swEpisodesOf builds SWEpisodes rows for child 1 from (SW_DECOM, SW_DEC, SW_REASON)
// triples, each with SW_ID SW1.
func swEpisodesOf(eps ...[3]string) map[TableID][]row {
	var rows []row
	for _, e := range eps {
		rows = append(rows, row{"CHILD": "1", "SW_ID": "SW1", "SW_DECOM": e[0], "SW_DEC": e[1], "SW_REASON": e[2]})
	}
	return map[TableID][]row{SWEpisodes: rows}
}

// swField is one SWEpisodes row for child 1 with one field set.
func swField(field, v string) map[TableID][]row {
	return map[TableID][]row{SWEpisodes: {{"CHILD": "1", field: v}}}
}

func init() {
	ruleCases = append(ruleCases,
		// 2023/24 (1/4/2023-31/3/2024)
		ruleCase{"SW01STG1",
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2023", "LS": "C2"}}, SWEpisodes: {{"CHILD": "1", "SW_ID": "SW1", "SW_DECOM": "01/05/2023"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2023", "LS": "C2"}, {"CHILD": "2", "DECOM": "01/05/2023", "LS": "V3"}}, SWEpisodes: {{"CHILD": "1", "SW_ID": "SW1", "SW_DECOM": "01/05/2023", "SW_REASON": "OTHERS"}}}},
		ruleCase{"SW03STG1", swEpisodesOf([3]string{"01/05/2023", "", ""}), swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"})},
		ruleCase{"SW06STG2", swEpisodesOf([3]string{"01/04/2024", "", "OTHERS"}), swEpisodesOf([3]string{"31/03/2024", "", "OTHERS"})},
		ruleCase{"SW08STG2", swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"}, [3]string{"01/06/2023", "", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"01/06/2023", "", "OTHERS"})},
		ruleCase{"SW11STG2", swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"02/06/2023", "", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"01/06/2023", "", "OTHERS"})},
		ruleCase{"SW11aSTG2", swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"10/06/2023", "", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"05/06/2023", "", "OTHERS"})},
		// SW11b: ending in the last five days of the year with nothing after
		ruleCase{"SW11bSTG2", swEpisodesOf([3]string{"01/05/2023", "28/03/2024", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2023", "28/03/2024", "OTHERS"}, [3]string{"28/03/2024", "", "OTHERS"})},
		// ... unless care ended then: a young person who left care on 28 March has no next
		// social worker; care that went on (X1) still needs one
		ruleCase{"SW11bSTG2", func() map[TableID][]row {
			r := swEpisodesOf([3]string{"01/05/2023", "28/03/2024", "OTHERS"})
			r[Episodes] = []row{{"CHILD": "1", "DECOM": "01/05/2023", "DEC": "28/03/2024", "REC": "X1"}, {"CHILD": "1", "DECOM": "28/03/2024"}}
			return r
		}(), func() map[TableID][]row {
			r := swEpisodesOf([3]string{"01/05/2023", "28/03/2024", "OTHERS"})
			r[Episodes] = []row{{"CHILD": "1", "DECOM": "01/05/2023", "DEC": "28/03/2024", "REC": "E5"}}
			return r
		}()},
		// SW12: care starting on 1/5/2023 needs a social worker from then on
		ruleCase{"SW12STG2",
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2023", "RNE": "S", "LS": "C2"}}, SWEpisodes: {{"CHILD": "1", "SW_DECOM": "01/04/2023"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2023", "DEC": "01/06/2023", "RNE": "S", "LS": "C2", "REC": "X1"}, {"CHILD": "1", "DECOM": "01/06/2023", "RNE": "P", "LS": "C2"},
				{"CHILD": "2", "DECOM": "01/05/2023", "RNE": "S", "LS": "V3"}}, SWEpisodes: {{"CHILD": "1", "SW_DECOM": "01/05/2023"}}}},
		// SW12: care ending on 1/6/2023 needs a social worker who began by then
		ruleCase{"SW12STG2",
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2022", "DEC": "01/06/2023", "RNE": "P", "LS": "C2", "REC": "E8"}}, SWEpisodes: {{"CHILD": "1", "SW_DECOM": "02/06/2023"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2022", "DEC": "01/06/2023", "RNE": "P", "LS": "C2", "REC": "E8"}}, SWEpisodes: {{"CHILD": "1", "SW_DECOM": "01/06/2023"}}}},
		ruleCase{"SW14STG2", swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"}, [3]string{"01/06/2023", "", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"01/06/2023", "", "OTHERS"})},
		// 2024/25 (1/4/2024-31/3/2025)
		ruleCase{"SW01aSTG1", map[TableID][]row{SWEpisodes: {{"CHILD": "1", "SW_DECOM": "01/01/2023"}}},
			map[TableID][]row{SWEpisodes: {{"CHILD": "1", "SW_DECOM": "01/01/2024"}}}},
		// SW01b: the second episode lacks its reason (the first of the period may)
		ruleCase{"SW01bSTG1", swEpisodesOf([3]string{"01/05/2024", "01/06/2024", ""}, [3]string{"01/06/2024", "", ""}),
			map[TableID][]row{SWEpisodes: {{"CHILD": "1", "SW_ID": "SW1", "SW_DECOM": "01/05/2024"}, {"CHILD": "1", "SW_ID": "SW1", "SW_DECOM": "01/06/2024", "SW_REASON": "LEFTRL"}, {"CHILD": "2", "SW_DECOM": "01/01/2023"}}}},
		// SW15: a missing reason matters from 1/4/2023, except on the first
		// episode of the period
		ruleCase{"SW15STG2", swEpisodesOf([3]string{"01/05/2023", "01/05/2024", "OTHERS"}, [3]string{"01/05/2024", "", ""}),
			swEpisodesOf([3]string{"31/03/2023", "01/05/2023", ""}, [3]string{"01/05/2023", "", ""})},
		// 2025/26 (1/4/2025-31/3/2026)
		ruleCase{"SW10aSTG2", swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}, [3]string{"20/06/2025", "", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}, [3]string{"05/06/2025", "", "OTHERS"})},
		ruleCase{"SW10bSTG2", swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}, [3]string{"01/06/2025", "", "FCONTA"}),
			swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}, [3]string{"02/06/2025", "", "FCONTA"})},
		ruleCase{"SW17STG2", swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}, [3]string{"01/06/2025", "", "OTHERS"})},
		// SW17: a child who left care in the year may have no open episode
		ruleCase{"SW17STG2",
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2025", "LS": "C2"}}, SWEpisodes: {{"CHILD": "1", "SW_DECOM": "01/05/2025", "SW_DEC": "01/06/2025"}}},
			map[TableID][]row{Episodes: {{"CHILD": "1", "DECOM": "01/05/2025", "DEC": "01/06/2025", "REC": "E8", "LS": "C2"}}, SWEpisodes: {{"CHILD": "1", "SW_DECOM": "01/05/2025", "SW_DEC": "01/06/2025"}}}},
		ruleCase{"SW18STG2", swEpisodesOf([3]string{"01/06/2025", "01/05/2025", "OTHERS"}), swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"})},
		ruleCase{"SW19STG2", swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}, [3]string{"01/05/2025", "", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2025", "01/06/2025", "OTHERS"}, [3]string{"01/06/2025", "", "OTHERS"})},
	)

	// rules with a version per year: a case for each version
	yearCases = append(yearCases,
		yearCase{"SW02STG1", 2023, nil, swField("SW_ID", "aa00"), swField("SW_ID", "SW1")},
		yearCase{"SW02STG1", 2025, nil, swField("SW_ID", "SW1"), swField("SW_ID", "SW12")},
		yearCase{"SW04STG1", 2023, nil, swField("SW_DECOM", "zz"), swField("SW_DECOM", "ZZ/ZZ/2020")},
		yearCase{"SW04STG1", 2025, nil, swField("SW_DECOM", "ZZ/ZZ/2020"), swField("SW_DECOM", "01/01/2020")},
		yearCase{"SW05STG1", 2023, nil, swField("SW_DEC", "zz"), swField("SW_DEC", "ZZ/01/2020")},
		yearCase{"SW05STG1", 2025, nil, swField("SW_DEC", "ZZ/01/2020"), swField("SW_DEC", "")},
		yearCase{"SW07STG2", 2023, nil, swField("SW_DEC", "31/03/2023"), swField("SW_DEC", "01/04/2023")},
		yearCase{"SW07STG2", 2024, nil, swField("SW_DEC", "31/03/2023"), swField("SW_DEC", "01/04/2023")},
		yearCase{"SW09STG2", 2023, nil, swEpisodesOf([3]string{"01/05/2023", "01/05/2023", "OTHERS"}), swEpisodesOf([3]string{"01/05/2023", "02/05/2023", "OTHERS"})},
		yearCase{"SW09STG2", 2025, nil, swEpisodesOf([3]string{"01/05/2025", "03/05/2025", "OTHERS"}), swEpisodesOf([3]string{"01/05/2025", "04/05/2025", "OTHERS"})},
		// SW10: FCONTA is no exception in 2023/24, and is from 2024/25
		yearCase{"SW10STG2", 2023, nil, swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"20/06/2023", "", "FCONTA"}),
			swEpisodesOf([3]string{"01/05/2023", "01/06/2023", "OTHERS"}, [3]string{"05/06/2023", "", "FCONTA"})},
		yearCase{"SW10STG2", 2024, nil, swEpisodesOf([3]string{"01/05/2024", "01/06/2024", "OTHERS"}, [3]string{"20/06/2024", "", "OTHERS"}),
			swEpisodesOf([3]string{"01/05/2024", "01/06/2024", "OTHERS"}, [3]string{"20/06/2024", "", "FCONTA"})},
		// SW13: from 2024/25 the first episode of the period may have no reason
		yearCase{"SW13STG1", 2023, nil, swEpisodesOf([3]string{"01/05/2023", "", ""}), swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"})},
		yearCase{"SW13STG1", 2024, nil, swEpisodesOf([3]string{"01/05/2024", "01/06/2024", ""}, [3]string{"01/06/2024", "", ""}),
			swEpisodesOf([3]string{"01/01/2024", "01/03/2024", "MANAGE"}, [3]string{"01/05/2024", "01/06/2024", ""}, [3]string{"01/06/2024", "", "OTHERS"})},
		yearCase{"SW13STG1", 2024, nil, swEpisodesOf([3]string{"01/01/2024", "", ""}, [3]string{"01/05/2024", "", ""}),
			swEpisodesOf([3]string{"01/01/2023", "01/01/2024", "MANAGE"}, [3]string{"01/01/2024", "", ""}, [3]string{"01/05/2024", "", "OTHERS"})},
		// SW16a-c: last year's latest episode for child 1 was open
		yearCase{"SW16aSTG2", 2024, swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"}),
			map[TableID][]row{SWEpisodes: {{"CHILD": "1", "SW_ID": "SW2", "SW_DECOM": "01/05/2023", "SW_REASON": "OTHERS"}}}, swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"})},
		yearCase{"SW16bSTG2", 2024, swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"}), swEpisodesOf([3]string{"02/05/2023", "", "OTHERS"}), swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"})},
		yearCase{"SW16bSTG2", 2025, swEpisodesOf([3]string{"01/01/2022", "01/05/2023", "OTHERS"}, [3]string{"01/05/2023", "", "OTHERS"}),
			swEpisodesOf([3]string{"02/05/2023", "", "OTHERS"}), swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"}, [3]string{"01/06/2025", "", "OTHERS"})},
		yearCase{"SW16cSTG2", 2024, swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"}), swEpisodesOf([3]string{"01/05/2023", "", "FCONTA"}), swEpisodesOf([3]string{"01/05/2023", "", "OTHERS"})},
	)
}
