package org.broadsheet.newsroom;

import java.util.List;

import org.broadsheet.accounts.Capability;

/** The newsroom's landing page: who is signed in and what their role lets them do. */
public record NewsroomPage(NewsroomFrame frame, List<Capability> capabilities) {
}
