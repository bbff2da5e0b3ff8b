package com.dealerhub.platform.training.sessions;

/** A training notice announces courses; a certification notice announces exams and certifications of a programme. */
public enum NoticeKind { TRAINING, CERTIFICATION }
